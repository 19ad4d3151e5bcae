import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { mulberry32 } from '../random';
import { parseCurtois, type CurtoisInstance } from './curtois-format';
import { employeeViolations, evaluate, objectiveParts } from './curtois-model';
import { createPricer, enumerateRows } from './curtois-pricing';
import { addColumn, createMaster, disposeMaster, solveColumnsIp, solveMasterLp } from './curtois-master';

/** Random small instance: 2 employees, 7 days, shifts D and N (N may not be followed by D). */
function randomInstance(seed: number): CurtoisInstance {
	const r = mulberry32(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const staff = ['A', 'B'].map((id) => `${id},D=${int(1, 7)}|N=${int(0, 3)},${480 * int(3, 7)},${480 * int(0, 2)},${int(2, 5)},${int(1, 2)},${int(1, 2)},${int(0, 1)}`);
	const cover: string[] = [];
	const on: string[] = [];
	const off: string[] = [];
	for (let d = 0; d < 7; d++)
		for (const s of ['D', 'N']) {
			cover.push(`${d},${s},${int(0, 2)},${int(1, 9)},${int(0, 3)}`);
			if (r() < 0.25) on.push(`${r() < 0.5 ? 'A' : 'B'},${d},${s},${int(1, 5)}`);
			if (r() < 0.25) off.push(`${r() < 0.5 ? 'A' : 'B'},${d},${s},${int(1, 5)}`);
		}
	return parseCurtois(`SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nN,480,D\nSECTION_STAFF\n${staff.join('\n')}\nSECTION_SHIFT_ON_REQUESTS\n${on.join('\n')}\nSECTION_SHIFT_OFF_REQUESTS\n${off.join('\n')}\nSECTION_COVER\n${cover.join('\n')}\n`);
}

/** Exhaustive optimum: every feasible row of each employee, then every pair of rows. */
function bruteForce(inst: CurtoisInstance): number | null {
	const feasibleRows = [0, 1].map((e) => {
		const rows: number[][] = [];
		for (let code = 0; code < 3 ** 7; code++) {
			let c = code;
			const row = Array.from({ length: 7 }, () => { const v = (c % 3) - 1; c = Math.floor(c / 3); return v; });
			if (employeeViolations(inst, e, row).length === 0) rows.push(row);
		}
		return rows;
	});
	let best: number | null = null;
	for (const a of feasibleRows[0]!)
		for (const b of feasibleRows[1]!) {
			const v = objectiveParts(inst, [a, b]).objective;
			if (best === null || v < best) best = v;
		}
	return best;
}

describe('column-generation master', () => {
	it('with every feasible row as a column: LP ≤ optimum and the IP finds the exhaustive optimum', async () => {
		const highs = await loadHighs();
		let checked = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const inst = randomInstance(seed);
			const expected = bruteForce(inst);
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
});
