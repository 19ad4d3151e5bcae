// Sub-MIP local search on its own (src/lib/domain/roster/curtois-mip-lns.ts): a Curtois & Qu
// instance is solved for `warm` seconds by the whole solver, then the sub-MIP search alone gets
// `budget` seconds from that roster.
// Run: npx tsx bench/roster-sub-mip.ts [instance warm budget seed ...]   (default: 12 40 20 1 9 40 20 1)
// Prints one JSON line per case: the objective after the warm start and after the sub-MIPs, the
// seconds until its last improvement, the solves and the improving ones. The warm start depends
// on how much the solver fits in its time, so reruns give rosters of the same spread, not the same.
import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { parseCurtois } from '../src/lib/domain/roster/curtois-format';
import { mulberry32, solveCurtois } from '../src/lib/domain/roster/curtois-solver';
import { createMipLns } from '../src/lib/domain/roster/curtois-mip-lns';
import { evaluate } from '../src/lib/domain/roster/curtois-model';

const args = process.argv.slice(2).map(Number);
const cases = args.length >= 4 ? args : [12, 40, 20, 1, 9, 40, 20, 1];
const highs = await loadHighs();
for (let c = 0; c + 3 < cases.length; c += 4) {
	const [n, warm, budget, seed] = cases.slice(c, c + 4) as [number, number, number, number];
	const inst = parseCurtois(readFileSync(new URL(`../../shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, import.meta.url), 'utf8'));
	const start = solveCurtois(highs, inst, { timeLimitSeconds: warm, now: Date.now, random: mulberry32(seed) });
	if (start.roster === null) { console.log(JSON.stringify({ instance: n, error: 'no roster after the warm start' })); continue; }
	const search = createMipLns(highs, inst, mulberry32(seed), Date.now);
	const t0 = Date.now();
	let lastAt = 0;
	const out = search.run(start.roster, start.objective!, t0 + budget * 1000, start.lowerBound ?? -Infinity, () => { lastAt = (Date.now() - t0) / 1000; });
	const check = evaluate(inst, out.roster);
	console.log(JSON.stringify({
		instance: n, seed, warmSeconds: warm, warmObjective: start.objective, lowerBound: start.lowerBound,
		budgetSeconds: budget, objective: out.objective, verified: check.feasible && check.objective === out.objective,
		lastImprovementSeconds: lastAt, search: search.stats()
	}));
}
