// Branch and price from a known roster: how long the proof takes once a good roster is known,
// apart from how long finding it takes. Column generation to the root LP optimum of a Curtois & Qu
// instance (from each employee's best row when every shift earns 100), then `branchAndPrice`
// alone, given `incumbent` as the objective of a roster already in hand (a search that finds a
// better roster takes it as its new incumbent). One search, on the calling thread.
// Run: npx tsx bench/roster-proof.ts [--root DIR] [instance incumbent seconds ...]   (default: 7 1057 60)
//   --root DIR: the checkout whose src/ is measured (default: this one), e.g. a `git worktree` of
//   an older commit, with its node_modules linked.
// Prints one JSON line per case: the root bound, whether the tree closed, the best objective, the
// lower bound, the nodes, the seconds of branch and price (root column generation not counted) and
// its log line.
import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { readCheckoutArgs } from './checkout-args';

const { here, root, numbers, load } = readCheckoutArgs(process.argv.slice(2));
const cases = numbers.length >= 3 ? numbers : [7, 1057, 60];
const { parseCurtois } = await load('src/lib/domain/roster/curtois-format.ts');
const { createPricer, priceRow } = await load('src/lib/domain/roster/curtois-pricing.ts');
const { createMaster, addColumn, solveMasterLp, requestCosts, priceRound, disposeMaster } = await load('src/lib/domain/roster/curtois-master.ts');
const { objectiveParts } = await load('src/lib/domain/roster/curtois-model.ts');
const { branchAndPrice } = await load('src/lib/domain/roster/curtois-branch.ts');
const highs = await loadHighs();
/** DP table limit of a pricing call, as in the solver. */
const MAX_ENTRIES = 3_000_000;

for (let c = 0; c + 2 < cases.length; c += 3) {
	const [n, incumbent, seconds] = [cases[c]!, cases[c + 1]!, cases[c + 2]!];
	const inst = parseCurtois(readFileSync(`${here}../shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8'));
	const K: number = inst.horizon * inst.shifts.length;
	const pricers = inst.staff.map((_: unknown, e: number) => createPricer(inst, e));
	const { reqWork, onTotal } = requestCosts(inst);
	const master = createMaster(highs, inst);
	const work = new Float64Array(K);
	for (let e = 0; e < pricers.length; e++) {
		for (let k = 0; k < K; k++) work[k] = reqWork[e][k] - 100;
		addColumn(master, e, priceRow(pricers[e], { work, maxEntries: MAX_ENTRIES }).row);
	}
	let rootBound = -Infinity;
	for (let round = 0; round < 1000; round++) {
		const lp = solveMasterLp(master, 100);
		const r = priceRound(master, pricers, lp, MAX_ENTRIES);
		if (r.bound !== null && r.bound > rootBound) rootBound = r.bound;
		if (r.added === 0) break;
	}
	const now = () => performance.now();
	const start = now();
	let best = incumbent;
	const res = branchAndPrice({
		master, pricers, reqWork, onTotal, now, until: start + seconds * 1000, rootBound, incumbent, maxEntries: MAX_ENTRIES,
		// The solver's settings: 10 rounds a node while proving, 2 while diving.
		maxRounds: 10, diveRounds: 2,
		onRoster: (roster: number[][]) => { best = Math.min(best, objectiveParts(inst, roster).objective); return best; }
	});
	disposeMaster(master);
	console.log(JSON.stringify({
		instance: n, root, incumbent_given: incumbent, root_bound: Number(rootBound.toFixed(3)), complete: res.complete, objective: res.incumbent,
		lower_bound: res.lowerBound === null ? null : Number(res.lowerBound.toFixed(2)), nodes: res.nodes, seconds: Number(((now() - start) / 1000).toFixed(1)), log: res.log
	}));
}
