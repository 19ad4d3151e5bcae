// Employee-DP speed: a fixed sequence of pricing calls on a Curtois & Qu instance, the same for any
// version of the code, so that two commits can be compared on this machine.
// Run: npx tsx bench/roster-pricing.ts [--root DIR] [instance ...]   (default: 5 10 13)
//   --root DIR: the checkout whose src/ is measured (default: this one), e.g. a `git worktree` of
//   an older commit, with its node_modules linked.
// Prints one JSON line per instance: milliseconds for 6 rounds of whole-row pricing of every
// employee (costs perturbed each round, as in column generation) and for open-ended windows of 2,
// 4, 6 and 8 weeks of the first 40 employees (as in construction), with the sum of the returned
// costs, which must agree between versions that pick the same rows.
import { readFileSync } from 'node:fs';
import { readCheckoutArgs } from './checkout-args';

const { here, root, numbers, load } = readCheckoutArgs(process.argv.slice(2));
const instances = numbers.length > 0 ? numbers : [5, 10, 13];
const { parseCurtois } = await load('src/lib/domain/roster/curtois-format.ts');
const { createPricer, priceRow } = await load('src/lib/domain/roster/curtois-pricing.ts');
const { mulberry32 } = await load('src/lib/domain/random.ts');

for (const n of instances) {
	const inst = parseCurtois(readFileSync(`${here}../shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8'));
	const H: number = inst.horizon;
	const S: number = inst.shifts.length;
	const E: number = inst.staff.length;
	const r = mulberry32(5);
	const work = Float64Array.from({ length: H * S }, () => Math.round((r() - 0.6) * 50));
	const pricers = Array.from({ length: E }, (_, e) => createPricer(inst, e));
	let t = performance.now();
	let wholeSum = 0;
	for (let round = 0; round < 6; round++) {
		for (let i = 0; i < work.length; i++) work[i]! += Math.round((r() - 0.5) * 10);
		for (let e = 0; e < E; e++) {
			const res = priceRow(pricers[e], { work, maxEntries: 3_000_000 });
			if (res && res !== 'tooLarge') wholeSum += res.cost;
		}
	}
	const wholeMs = performance.now() - t;
	t = performance.now();
	let windowSum = 0;
	for (let e = 0; e < Math.min(E, 40); e++) {
		const p = createPricer(inst, e);
		for (let b = 14; b <= Math.min(H, 56); b += 14) {
			const res = priceRow(p, { work, from: 0, to: b, row: new Array(H).fill(-1), openEnd: b < H, maxEntries: 3_000_000 });
			if (res && res !== 'tooLarge') windowSum += res.cost;
		}
	}
	const windowMs = performance.now() - t;
	console.log(JSON.stringify({ instance: n, root, whole_ms: Math.round(wholeMs), whole_sum: wholeSum, window_ms: Math.round(windowMs), window_sum: windowSum }));
}
