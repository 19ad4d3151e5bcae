import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import type { CurtoisInstance } from './curtois-format';
import { objectiveParts, OFF } from './curtois-model';
import { feasibleRows, forEachRoster, randomInstance } from './curtois-test-fixtures';
import { createPricer } from './curtois-pricing';
import { requestCosts, rowCost, type Column } from './curtois-master';
import { createCellFixing, type Cell } from './curtois-fixing';

const H = 7; // one week (curtois-test-fixtures)
const S = 2;

/** Duals in [−over weight, under weight] (every slack's reduced cost ≥ 0), drawn at random. */
function randomDuals(inst: CurtoisInstance, seed: number): Float64Array {
	const r = mulberry32(seed * 7919);
	return Float64Array.from(inst.cover, (c) => (c ? -c.overWeight + r() * (c.overWeight + c.underWeight) : 0));
}

const key = (c: Cell) => `${c.e}:${c.d}:${c.v}`;

describe('reduced-cost fixing', () => {
	it('forbids exactly the cells whose best row is more than δ above its employee\'s least reduced cost, and none of a roster within δ of the bound', () => {
		let forbiddenSeen = 0;
		let rostersChecked = 0;
		for (let seed = 1; seed <= 8; seed++) {
			const inst = randomInstance(seed, { ids: ['A', 'B', 'C'], requestShare: 0.3, daysOff: true });
			const E = inst.staff.length;
			const rows = inst.staff.map((_, e) => feasibleRows(inst, e));
			if (rows.some((r) => r.length === 0)) continue;
			const y = randomDuals(inst, seed);
			const { reqWork, onTotal } = requestCosts(inst);
			const colsOf: Column[][] = rows.map((rs, e) => rs.map((row) => ({ employee: e, row, cost: rowCost(reqWork[e]!, onTotal[e]!, row, S) })));
			const rc = (c: Column) => c.cost - c.row.reduce((a, v, d) => (v === OFF ? a : a + y[d * S + v]!), 0);
			const mins = Float64Array.from(colsOf, (cs) => Math.min(...cs.map(rc)));
			let bound = 0;
			inst.cover.forEach((c, k) => { if (c) bound += y[k]! * c.requirement; });
			for (const m of mins) bound += m;
			// Every roster's objective, by brute force; δ also just above the optimum's gap, so that
			// some rosters lie within it.
			let optimum = Infinity;
			forEachRoster(rows, (roster) => { optimum = Math.min(optimum, objectiveParts(inst, roster).objective); });
			const rosters: { roster: number[][]; objective: number }[] = [];
			forEachRoster(rows, (roster) => {
				const objective = objectiveParts(inst, roster).objective;
				if (objective <= optimum + 3) rosters.push({ roster, objective });
			});
			expect(optimum).toBeGreaterThanOrEqual(bound - 1e-6);
			for (const delta of [0.5, 2, optimum - bound + 0.5, optimum - bound + 3]) {
				// Brute force: the least rc − b_e over the rows through each cell (Infinity when none).
				const expected = new Set<string>();
				for (let e = 0; e < E; e++) {
					const p = createPricer(inst, e);
					for (let d = 0; d < H; d++)
						for (let v = OFF; v < S; v++) {
							if (v !== OFF && (!p.allowed[v] || p.dayOff[d])) continue;
							const through = colsOf[e]!.filter((c) => c.row[d] === v).map((c) => rc(c) - mins[e]!);
							const best = Math.min(Infinity, ...through);
							expect(Math.abs(best - delta), `seed ${seed}: a tie would make the test fragile`).toBeGreaterThan(1e-4);
							if (best > delta) expected.add(`${e}:${d}:${v}`);
						}
				}
				const pricers = inst.staff.map((_, e) => createPricer(inst, e));
				const cold = createCellFixing(inst, pricers, reqWork, onTotal, y, mins, [], () => 0, 1_000_000);
				const got = new Set(cold.forbidden(delta, 1).map(key));
				expect([...got].sort(), `seed ${seed}, δ ${delta}`).toEqual([...expected].sort());
				// Known rows spare DPs and change nothing.
				const warm = createCellFixing(inst, pricers, reqWork, onTotal, y, mins, colsOf.flat(), () => 0, 1_000_000);
				expect(new Set(warm.forbidden(delta, 1).map(key)), `seed ${seed}, δ ${delta}`).toEqual(got);
				expect(warm.runs()).toBeLessThan(cold.runs());
				// Out of time: nothing computed, nothing forbidden that no known row already rules out.
				expect(createCellFixing(inst, pricers, reqWork, onTotal, y, mins, [], () => 1, 1_000_000).forbidden(delta, 1)).toEqual([]);
				// The budget holds to one DP: a clock that ticks once a read, out of time at tick 3.
				let tick = 0;
				const timed = createCellFixing(inst, pricers, reqWork, onTotal, y, mins, [], () => tick++, 1_000_000);
				timed.forbidden(delta, 3);
				expect(timed.runs(), `seed ${seed}`).toBeLessThanOrEqual(3);
				forbiddenSeen += got.size;
				// The theorem itself: every roster of objective ≤ bound + δ avoids the forbidden cells.
				for (const { roster, objective } of rosters) {
					if (objective > bound + delta) continue; // (δ ≤ optimum − bound + 3: none beyond `rosters` qualifies)
					rostersChecked++;
					roster.forEach((row, e) => row.forEach((v, d) => expect(got.has(`${e}:${d}:${v}`), `seed ${seed}`).toBe(false)));
				}
			}
		}
		expect(forbiddenSeen).toBeGreaterThan(20);
		expect(rostersChecked).toBeGreaterThan(0);
	}, 60_000);
});
