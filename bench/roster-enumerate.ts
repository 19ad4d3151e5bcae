// Reduced-cost row enumeration speed (the optimality proof's and the reduced-cost heuristic's
// first step): column generation to the root LP optimum of a Curtois & Qu instance, then every
// employee's rows within δ of their least reduced cost at the best Lagrangian duals.
// Run: npx tsx bench/roster-enumerate.ts [--root DIR] [instance δ ...]   (default: 7 0.25 7 0.917)
//   --root DIR: the checkout whose src/ is measured (default: this one), e.g. a `git worktree` of
//   an older commit, with its node_modules linked.
// Prints one JSON line per (instance, δ): the Lagrangian bound, the rows found and the
// milliseconds of the enumeration alone (column generation is not timed). Two versions must find
// the same number of rows.
import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { readCheckoutArgs } from './checkout-args';

const { here, root, numbers, load } = readCheckoutArgs(process.argv.slice(2));
const cases = numbers.length >= 2 ? numbers : [7, 0.25, 7, 0.917];
const { parseCurtois } = await load('src/lib/domain/roster/curtois-format.ts');
const { createPricer, priceRow, enumerateRows } = await load('src/lib/domain/roster/curtois-pricing.ts');
const { createMaster, addColumn, solveMasterLp, requestCosts, disposeMaster } = await load('src/lib/domain/roster/curtois-master.ts');
const highs = await loadHighs();
const MAX_ENTRIES = 3_000_000;

for (let c = 0; c + 1 < cases.length; c += 2) {
	const n = cases[c]!;
	const delta = cases[c + 1]!;
	const inst = parseCurtois(readFileSync(`${here}../shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8'));
	const H: number = inst.horizon;
	const S: number = inst.shifts.length;
	const E: number = inst.staff.length;
	const pricers = Array.from({ length: E }, (_, e) => createPricer(inst, e));
	const { reqWork, onTotal } = requestCosts(inst);
	const master = createMaster(highs, inst);
	const work = new Float64Array(H * S);
	const costsFor = (e: number, y: ArrayLike<number>) => { for (let k = 0; k < H * S; k++) work[k] = reqWork[e][k] - y[k]!; };
	// Start: every employee's best row when each worked shift earns 100 (all rows feasible).
	for (let e = 0; e < E; e++) { costsFor(e, new Float64Array(H * S).fill(100)); addColumn(master, e, priceRow(pricers[e], { work, maxEntries: MAX_ENTRIES }).row); }
	let bound = -Infinity;
	let bestY = new Float64Array(H * S);
	let bestMins = new Float64Array(E);
	for (let round = 0; round < 500; round++) {
		const lp = solveMasterLp(master, 100);
		let value = 0;
		for (let k = 0; k < H * S; k++) { const cov = inst.cover[k]; if (cov) value += lp.y[k] * cov.requirement; }
		const mins = new Float64Array(E);
		let added = 0;
		for (let e = 0; e < E; e++) {
			costsFor(e, lp.y);
			const r = priceRow(pricers[e], { work, maxEntries: MAX_ENTRIES });
			mins[e] = r.bound + onTotal[e];
			value += mins[e]!;
			if (r.cost + onTotal[e] - lp.pi[e] < -1e-6 && addColumn(master, e, r.row)) added++;
		}
		if (value > bound) { bound = value; bestY = Float64Array.from(lp.y); bestMins = mins; }
		if (added === 0) break;
	}
	disposeMaster(master);
	const t = performance.now();
	let rows = 0;
	let complete = true;
	for (let e = 0; e < E; e++) {
		costsFor(e, bestY);
		const found = enumerateRows(pricers[e], work, bestMins[e]! - onTotal[e]! + delta, 1_000_000);
		if (typeof found === 'string') { complete = false; break; }
		rows += found.length;
	}
	const ms = performance.now() - t;
	console.log(JSON.stringify({ instance: n, root, delta, lagrangian_bound: Number(bound.toFixed(4)), rows, complete, enumerate_ms: Math.round(ms) }));
}
