import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { evaluate, objectiveParts } from './curtois-model';
import { benchmarkInstance, bruteForceOptimum, randomInstance } from './curtois-test-fixtures';
import { createPricer, enumerateRows, priceRow } from './curtois-pricing';
import { AGGREGATE_OVER, AGGREGATE_UNDER, addColumn, createMaster, disposeMaster, DUAL_SIMPLEX, PRIMAL_SIMPLEX, setAggregateBounds, setColumnsUpper, solveColumnsIp, solveMasterLp } from './curtois-master';
import { OFF } from './curtois-model';
import { mulberry32 } from '../random';

describe('column-generation master', () => {
	it('with every feasible row as a column: LP ≤ optimum and the IP finds the exhaustive optimum', async () => {
		const highs = await loadHighs();
		let checked = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const inst = randomInstance(seed, { ids: ['A', 'B'], requestShare: 0.25 });
			const expected = bruteForceOptimum(inst);
			if (expected === null) continue;
			const master = createMaster(highs, inst);
			try {
				const zero = new Float64Array(inst.horizon * inst.shifts.length);
				for (let e = 0; e < 2; e++) {
					const rows = enumerateRows(createPricer(inst, e), zero, Infinity, 100_000);
					expect(Array.isArray(rows)).toBe(true);
					for (const row of rows as number[][]) addColumn(master, e, row);
				}
				const lp = solveMasterLp(master, 10);
				expect(lp, `seed ${seed}`).not.toBeNull();
				expect(lp!.value, `seed ${seed}`).toBeLessThanOrEqual(expected + 1e-6);
				const ip = solveColumnsIp(highs, master, master.columns, { timeLimit: 10, now: Date.now, deadline: Date.now() + 10_000 });
				expect(ip.optimal, `seed ${seed}`).toBe(true);
				expect(Math.round(ip.objective), `seed ${seed}`).toBe(expected);
				const roster = ip.choice!.map((j) => master.columns[j]!.row);
				expect(evaluate(inst, roster).objective, `seed ${seed}`).toBe(expected);
				checked++;
			} finally {
				disposeMaster(master);
			}
		}
		expect(checked).toBeGreaterThan(5);
	}, 60_000);

	it('with an aggregate bounded (total staff short or over): LP ≤ the best roster within the bound, and the Lagrangian value with its term equals the LP', async () => {
		const highs = await loadHighs();
		let checked = 0;
		let raised = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const inst = randomInstance(seed, { ids: ['A', 'B'], requestShare: 0.25 });
			const S = inst.shifts.length;
			const rows = [0, 1].map((e) => enumerateRows(createPricer(inst, e), new Float64Array(inst.horizon * S), Infinity, 100_000) as number[][]);
			// Every roster's objective and totals short and over.
			const rosters: { objective: number; totals: number[] }[] = [];
			for (const a of rows[0]!)
				for (const b of rows[1]!) {
					const totals = [0, 0];
					inst.cover.forEach((c, k) => {
						if (!c) return;
						const d = Math.floor(k / S);
						const n = (a[d] === k % S ? 1 : 0) + (b[d] === k % S ? 1 : 0);
						totals[AGGREGATE_UNDER]! += Math.max(0, c.requirement - n);
						totals[AGGREGATE_OVER]! += Math.max(0, n - c.requirement);
					});
					rosters.push({ objective: objectiveParts(inst, [a, b]).objective, totals });
				}
			if (rosters.length === 0) continue;
			const master = createMaster(highs, inst);
			try {
				rows.forEach((rs, e) => { for (const row of rs) addColumn(master, e, row); });
				const free = solveMasterLp(master, 10)!;
				for (const a of [AGGREGATE_UNDER, AGGREGATE_OVER])
					for (let t = 0; t <= 4; t++)
						for (const bound of [{ lo: t, hi: Infinity }, { lo: -Infinity, hi: t }]) {
							const bounds = [{ lo: -Infinity, hi: Infinity }, { lo: -Infinity, hi: Infinity }];
							bounds[a] = bound;
							setAggregateBounds(master, bounds);
							const lp = solveMasterLp(master, 10)!;
							expect(lp, `seed ${seed}`).not.toBeNull();
							const within = rosters.filter((r) => r.totals[a]! >= bound.lo && r.totals[a]! <= bound.hi);
							const best = Math.min(...within.map((r) => r.objective));
							expect(lp.value, `seed ${seed} aggregate ${a} ${bound.lo}..${bound.hi}`).toBeLessThanOrEqual(best + 1e-6);
							// Lagrangian value at the LP's duals: every feasible row is a column, so it is the LP value.
							let lagrangian = lp.aggregateTerm;
							inst.cover.forEach((c, k) => { if (c) lagrangian += lp.y[k]! * c.requirement; });
							for (let e = 0; e < 2; e++) {
								let min = Infinity;
								for (const col of master.columns) {
									if (col.employee !== e) continue;
									let v = col.cost;
									col.row.forEach((s, d) => { if (s !== OFF) v -= lp.y[d * S + s]!; });
									min = Math.min(min, v);
								}
								lagrangian += min;
							}
							expect(lagrangian, `seed ${seed} aggregate ${a} ${bound.lo}..${bound.hi}`).toBeCloseTo(lp.value, 6);
							if (lp.value > free.value + 0.5) raised++;
							checked++;
						}
				setAggregateBounds(master, [{ lo: -Infinity, hi: Infinity }, { lo: -Infinity, hi: Infinity }]);
				expect(solveMasterLp(master, 10)!.value).toBeCloseTo(free.value, 6);
			} finally {
				disposeMaster(master);
			}
		}
		expect(checked).toBeGreaterThan(50);
		expect(raised).toBeGreaterThan(10);
	}, 60_000);

	it('re-solved after columns are blocked and opened again (dual simplex from the last basis), the LP equals a fresh one over the open columns; after new columns it is primal simplex again', async () => {
		const highs = await loadHighs();
		let checked = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const inst = randomInstance(seed, { ids: ['A', 'B', 'C'], requestShare: 0.3 });
			const rows = [0, 1, 2].map((e) => enumerateRows(createPricer(inst, e), new Float64Array(inst.horizon * inst.shifts.length), Infinity, 100_000) as number[][]);
			if (rows.some((r) => r.length < 2)) continue;
			const master = createMaster(highs, inst);
			try {
				// Half of each employee's rows first, the rest after the blocking rounds.
				rows.forEach((rs, e) => rs.slice(0, Math.ceil(rs.length / 2)).forEach((row) => addColumn(master, e, row)));
				expect(solveMasterLp(master, 10)).not.toBeNull();
				expect(master.simplex).toBe(PRIMAL_SIMPLEX);
				const n = master.columns.length;
				for (let round = 0; round < 3; round++) {
					// Block every column of one employee but its first, and one other column in turn.
					const e = round % 3;
					const blocked = master.columns.map((_, j) => j).filter((j) => (master.columns[j]!.employee === e && master.columns.findIndex((c) => c.employee === e) !== j) || j === (round * 7) % n);
					setColumnsUpper(master, master.columns.map((_, j) => j), Infinity);
					setColumnsUpper(master, blocked, 0);
					const lp = solveMasterLp(master, 10);
					expect(master.simplex, `seed ${seed} round ${round}`).toBe(DUAL_SIMPLEX);
					const fresh = createMaster(highs, inst);
					try {
						master.columns.forEach((c, j) => { if (!blocked.includes(j)) addColumn(fresh, c.employee, c.row); });
						const expected = fresh.columns.length > 0 && [0, 1, 2].every((k) => fresh.columns.some((c) => c.employee === k)) ? solveMasterLp(fresh, 10) : null;
						if (expected === null) continue;
						expect(lp, `seed ${seed} round ${round}`).not.toBeNull();
						expect(lp!.value, `seed ${seed} round ${round}`).toBeCloseTo(expected.value, 6);
						checked++;
					} finally {
						disposeMaster(fresh);
					}
				}
				setColumnsUpper(master, master.columns.map((_, j) => j), Infinity);
				rows.forEach((rs, e) => rs.slice(Math.ceil(rs.length / 2)).forEach((row) => addColumn(master, e, row)));
				const all = solveMasterLp(master, 10);
				expect(master.simplex).toBe(PRIMAL_SIMPLEX);
				const fresh = createMaster(highs, inst);
				try {
					rows.forEach((rs, e) => rs.forEach((row) => addColumn(fresh, e, row)));
					expect(all!.value).toBeCloseTo(solveMasterLp(fresh, 10)!.value, 6);
				} finally {
					disposeMaster(fresh);
				}
			} finally {
				disposeMaster(master);
			}
		}
		expect(checked).toBeGreaterThan(10);
	}, 60_000);

	it('blocked columns leave the LP once they are many, and come back when opened: the LP and λ stay those of a master holding only the open columns', async () => {
		const highs = await loadHighs();
		// Instance 1 (8 employees, 14 days), with each employee's best rows for 100 random work costs.
		const inst = benchmarkInstance(1);
		const K = inst.horizon * inst.shifts.length;
		const random = mulberry32(7);
		const master = createMaster(highs, inst);
		const open = createMaster(highs, inst);
		try {
			const work = new Float64Array(K);
			for (let e = 0; e < inst.staff.length; e++) {
				const pricer = createPricer(inst, e);
				for (let i = 0; i < 100; i++) {
					for (let k = 0; k < K; k++) work[k] = random() * 10 - 5;
					addColumn(master, e, (priceRow(pricer, { work }) as { row: number[] }).row);
				}
			}
			const all = solveMasterLp(master, 10)!;
			// Every column of the first six employees but their first: at least 200, and a quarter of the pool.
			const firsts = new Set([0, 1, 2, 3, 4, 5].map((e) => master.columns.findIndex((c) => c.employee === e)));
			const blocked = master.columns.map((_, j) => j).filter((j) => master.columns[j]!.employee < 6 && !firsts.has(j));
			expect(blocked.length).toBeGreaterThanOrEqual(Math.max(200, master.columns.length / 4));
			setColumnsUpper(master, blocked, 0);
			const first = solveMasterLp(master, 10)!; // blocked after the last solve: still in the LP
			expect(master.lpPool.length).toBe(master.columns.length);
			const second = solveMasterLp(master, 10)!; // blocked before the last solve and nonbasic: out
			expect(master.lpPool.length).toBeLessThan(master.columns.length);
			const kept = master.columns.map((_, j) => j).filter((j) => !blocked.includes(j));
			for (const j of kept) addColumn(open, master.columns[j]!.employee, master.columns[j]!.row);
			const expected = solveMasterLp(open, 10)!;
			for (const lp of [first, second]) expect(lp.value).toBeCloseTo(expected.value, 6);
			for (const j of blocked) expect(Math.abs(second.lambda[j]!)).toBeLessThan(1e-9);
			// λ maps back to the pool: each employee's weights sum to 1, and the columns' cost is the open master's.
			for (let e = 0; e < inst.staff.length; e++) expect(master.columns.reduce((t, c, j) => t + (c.employee === e ? second.lambda[j]! : 0), 0)).toBeCloseTo(1, 9);
			const poolCost = (lambda: Float64Array, cols: readonly { cost: number }[]) => cols.reduce((t, c, j) => t + lambda[j]! * c.cost, 0);
			expect(poolCost(second.lambda, master.columns)).toBeCloseTo(poolCost(expected.lambda, open.columns), 6);
			// Opened again: back in the LP, whose value is the first one's.
			setColumnsUpper(master, blocked, Infinity);
			const again = solveMasterLp(master, 10)!;
			expect(master.lpPool.length).toBe(master.columns.length);
			expect(again.value).toBeCloseTo(all.value, 6);
		} finally {
			disposeMaster(master);
			disposeMaster(open);
		}
	}, 60_000);

	it('on Instance 9, bounding the total staff short at the root lifts the LP from 405.67 to the optimum 439; the other side needs the artificial slack', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(9);
		const H = inst.horizon;
		const S = inst.shifts.length;
		const pricers = inst.staff.map((_, e) => createPricer(inst, e));
		const master = createMaster(highs, inst);
		const work = new Float64Array(H * S);
		// Column generation to convergence (pricing from the LP's duals, every employee each round).
		const converge = () => {
			let y: Float64Array = new Float64Array(H * S);
			for (let first = true; ; first = false) {
				let added = 0;
				const lp = first ? null : solveMasterLp(master, 60)!;
				if (lp) y = lp.y;
				for (let e = 0; e < inst.staff.length; e++) {
					for (let k = 0; k < H * S; k++) work[k] = master.reqWork[e]![k]! - y[k]!;
					const r = priceRow(pricers[e]!, { work, maxEntries: 3_000_000 });
					if (r === null || r === 'tooLarge') throw new Error(`no row for employee ${e}`);
					if ((lp === null || r.cost + master.onTotal[e]! - lp.pi[e]! < -1e-6) && addColumn(master, e, r.row)) added++;
				}
				if (lp && added === 0) return lp;
			}
		};
		try {
			const root = converge();
			expect(root.value).toBeCloseTo(405.667, 2);
			expect(root.aggregates[AGGREGATE_UNDER]).toBeCloseTo(3.667, 2);
			const free = { lo: -Infinity, hi: Infinity };
			setAggregateBounds(master, [{ lo: 4, hi: Infinity }, free]);
			expect(converge().value).toBeCloseTo(439, 6);
			setAggregateBounds(master, [{ lo: -Infinity, hi: 3 }, free]);
			expect(converge().value).toBeGreaterThan(10_000);
		} finally {
			disposeMaster(master);
		}
	}, 60_000);
});
