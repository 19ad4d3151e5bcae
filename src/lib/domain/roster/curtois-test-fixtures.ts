// Small random Curtois & Qu instances and brute force over them, for the roster tests. Not a test
// file itself; imported by the *.test.ts beside the code. One week (7 days), shifts D and N (N may not
// be followed by D): every row of an employee (3^7 of them) can be checked by the evaluator.
// Also the benchmark's own instances, read from ../shared beside the project.
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../random';
import { parseCurtois, type CurtoisInstance } from './curtois-format';
import { employeeViolations, objectiveParts, type Roster } from './curtois-model';

const H = 7;

/** Instance n of the Curtois & Qu benchmark (../shared/data/curtois-shift-scheduling). */
export function benchmarkInstance(n: number): CurtoisInstance {
	return parseCurtois(readFileSync(new URL(`../../../../../shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, import.meta.url), 'utf8'));
}

export interface RandomInstanceOptions {
	/** Employee ids (A, B, …), 2 or 3 keep brute force over rosters fast. */
	ids: readonly string[];
	/** Chance of an on-request, and separately of an off-request, per day and shift. */
	requestShare: number;
	/** One required day off per employee (a SECTION_DAYS_OFF), drawn after everything else. */
	daysOff?: boolean;
}

/** A random instance of one week; the same seed and options always give the same instance. */
export function randomInstance(seed: number, opts: RandomInstanceOptions): CurtoisInstance {
	const r = mulberry32(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const { ids } = opts;
	const staff = ids.map((id) => `${id},D=${int(1, 7)}|N=${int(0, 3)},${480 * int(3, 7)},${480 * int(0, 2)},${int(2, 5)},${int(1, 2)},${int(1, 2)},${int(0, 1)}`);
	const cover: string[] = [];
	const on: string[] = [];
	const off: string[] = [];
	for (let d = 0; d < H; d++)
		for (const s of ['D', 'N']) {
			cover.push(`${d},${s},${int(0, 2)},${int(1, 9)},${int(0, 3)}`);
			if (r() < opts.requestShare) on.push(`${ids[int(0, ids.length - 1)]},${d},${s},${int(1, 5)}`);
			if (r() < opts.requestShare) off.push(`${ids[int(0, ids.length - 1)]},${d},${s},${int(1, 5)}`);
		}
	const daysOff = opts.daysOff ? `SECTION_DAYS_OFF\n${ids.map((id) => `${id},${int(0, 6)}`).join('\n')}\n` : '';
	return parseCurtois(`SECTION_HORIZON\n${H}\nSECTION_SHIFTS\nD,480,\nN,480,D\nSECTION_STAFF\n${staff.join('\n')}\n${daysOff}SECTION_SHIFT_ON_REQUESTS\n${on.join('\n')}\nSECTION_SHIFT_OFF_REQUESTS\n${off.join('\n')}\nSECTION_COVER\n${cover.join('\n')}\n`);
}

/** Every feasible row of employee e of a one-week instance, by the evaluator over all 3^7 rows. */
export function feasibleRows(inst: CurtoisInstance, e: number): number[][] {
	const rows: number[][] = [];
	for (let code = 0; code < 3 ** H; code++) {
		let c = code;
		const row = Array.from({ length: H }, () => { const v = (c % 3) - 1; c = Math.floor(c / 3); return v; });
		if (employeeViolations(inst, e, row).length === 0) rows.push(row);
	}
	return rows;
}

/** Calls `visit` with every roster made of one row per employee from `rows` (none when an employee has none). */
export function forEachRoster(rows: readonly (readonly number[][])[], visit: (roster: Roster) => void, roster: number[][] = []) {
	if (roster.length === rows.length) { visit([...roster]); return; }
	for (const row of rows[roster.length]!) { roster.push(row); forEachRoster(rows, visit, roster); roster.pop(); }
}

/** Exhaustive optimum: every feasible row of each employee, then every combination; null when none. */
export function bruteForceOptimum(inst: CurtoisInstance): number | null {
	let best: number | null = null;
	forEachRoster(inst.staff.map((_, e) => feasibleRows(inst, e)), (roster) => {
		const v = objectiveParts(inst, roster).objective;
		if (best === null || v < best) best = v;
	});
	return best;
}
