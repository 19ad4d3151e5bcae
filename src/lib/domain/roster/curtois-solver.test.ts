import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { parseCurtois, type CurtoisInstance } from './curtois-format';
import { evaluate, OFF, type Roster } from './curtois-model';
import { buildMip, solveMip } from './curtois-mip';
import { benchmarkInstance } from './curtois-test-fixtures';
import { combineResults, mulberry32, nextSlice, solveCurtois, underCovered, type SliceTurn, type SolveResult } from './curtois-solver';

/** Random small instance: 2 employees, `H` days, shifts D (480) and optionally N (480, no D after). */
function randomInstance(seed: number, H: number, twoShifts: boolean): CurtoisInstance {
	const r = mulberry32(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const shifts = twoShifts ? 'D,480,\nN,480,D' : 'D,480,';
	const staff = ['A', 'B'].map((id) => {
		const minShifts = int(0, 2);
		return `${id},D=${int(1, H)}${twoShifts ? `|N=${int(0, 2)}` : ''},${480 * int(minShifts + 1, H)},${480 * minShifts},${int(2, 4)},${int(1, 3)},${int(1, 3)},${int(0, 1)}`;
	});
	const cover: string[] = [];
	const on: string[] = [];
	const off: string[] = [];
	for (let d = 0; d < H; d++)
		for (const s of twoShifts ? ['D', 'N'] : ['D']) {
			cover.push(`${d},${s},${int(0, 2)},${int(1, 9)},${int(0, 3)}`);
			if (r() < 0.2) on.push(`${r() < 0.5 ? 'A' : 'B'},${d},${s},${int(1, 5)}`);
			if (r() < 0.2) off.push(`${r() < 0.5 ? 'A' : 'B'},${d},${s},${int(1, 5)}`);
		}
	return parseCurtois(`SECTION_HORIZON\n${H}\nSECTION_SHIFTS\n${shifts}\nSECTION_STAFF\n${staff.join('\n')}\nSECTION_DAYS_OFF\nA,${int(0, H - 1)}\nSECTION_SHIFT_ON_REQUESTS\n${on.join('\n')}\nSECTION_SHIFT_OFF_REQUESTS\n${off.join('\n')}\nSECTION_COVER\n${cover.join('\n')}\n`);
}

/** Exhaustive optimum by enumerating every roster (tiny instances only). */
function bruteForce(inst: CurtoisInstance): number | null {
	const S = inst.shifts.length;
	const cells = inst.staff.length * inst.horizon;
	let best: number | null = null;
	const total = (S + 1) ** cells;
	for (let code = 0; code < total; code++) {
		let c = code;
		const roster: Roster = inst.staff.map(() => new Array<number>(inst.horizon).fill(OFF));
		for (let i = 0; i < cells; i++) {
			roster[Math.floor(i / inst.horizon)]![i % inst.horizon] = (c % (S + 1)) - 1;
			c = Math.floor(c / (S + 1));
		}
		const ev = evaluate(inst, roster);
		if (ev.feasible && (best === null || ev.objective < best)) best = ev.objective;
	}
	return best;
}

describe('compact MIP agrees with the evaluator', () => {
	it('matches exhaustive search on random tiny instances (edges, rotation, weekends, totals)', async () => {
		const highs = await loadHighs();
		const cases: [number, number, boolean][] = [];
		for (let seed = 1; seed <= 8; seed++) cases.push([seed, 7, false]);
		for (let seed = 11; seed <= 14; seed++) cases.push([seed, 5, true]);
		for (const [seed, H, two] of cases) {
			const inst = randomInstance(seed, H, two);
			const expected = bruteForce(inst);
			const empty = inst.staff.map(() => new Array<number>(H).fill(OFF));
			const mip = buildMip(inst, empty, () => true);
			const run = solveMip(highs, inst, empty, mip, { timeLimit: 20, now: Date.now, deadline: Date.now() + 20_000 });
			if (expected === null) {
				expect(run.roster, `seed ${seed}`).toBeNull();
				continue;
			}
			expect(run.status, `seed ${seed}`).toBe('optimal');
			const ev = evaluate(inst, run.roster!);
			expect(ev.violations, `seed ${seed}`).toEqual([]);
			expect(ev.objective, `seed ${seed}`).toBe(expected);
			expect(Math.round(run.objective!), `seed ${seed}`).toBe(expected);
		}
	}, 60_000);
});

describe('solveCurtois', () => {
	it('says so when no feasible roster exists, and never returns an infeasible one', async () => {
		const highs = await loadHighs();
		// 3 shifts of 480 needed but at most 2 consecutive and one day off in the middle of 4 days → fine;
		// min 5 shifts in 4 days is impossible.
		const inst = parseCurtois('SECTION_HORIZON\n4\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=4,9999,2400,4,1,1,1\nSECTION_COVER\n0,D,1,100,1\n');
		const result = solveCurtois(highs, inst, { timeLimitSeconds: 5, now: Date.now, random: mulberry32(1) });
		expect(result.roster).toBeNull();
		expect(result.objective).toBeNull();
	});
	it('respects the time limit', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(4);
		// A counting clock (20 ms a reading) instead of wall time, so the check cannot flake under
		// load: the solver must stop once its own clock passes the limit, with a feasible roster.
		let ticks = 0;
		const now = () => (ticks += 20);
		const result = solveCurtois(highs, inst, { timeLimitSeconds: 8, now, random: mulberry32(3) });
		expect(ticks).toBeLessThan(8_000 + 60 * 20);
		expect(result.roster).not.toBeNull();
		expect(evaluate(inst, result.roster!).feasible).toBe(true);
		expect(result.lowerBound ?? 0).toBeLessThanOrEqual(result.objective!);
	}, 30_000);
});

describe('search without column generation', () => {
	it('runs on Instance 13 (120 employees: one pricing round is too large) and returns a checked roster', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(13);
		let ticks = 0;
		const result = solveCurtois(highs, inst, { timeLimitSeconds: 4, now: () => (ticks += 20), random: mulberry32(3) });
		expect(result.log.some((l) => l.startsWith('column generation'))).toBe(false);
		expect(result.log.some((l) => /^lns .* sub-mip \d+ slices/.test(l))).toBe(true);
		const ev = evaluate(inst, result.roster!);
		expect(ev.feasible).toBe(true);
		expect(ev.objective).toBe(result.objective);
		expect(result.lowerBound).toBeNull();
	}, 60_000);

	it('gives a slice to the sub-MIPs when the DP search gains under 1 %, and keeps it with the one that gained more', () => {
		const start: SliceTurn = { mip: false, dpGain: Infinity, mipGain: null };
		// The DP search gaining 5 % keeps the turn; at 0.5 % the sub-MIPs get one.
		expect(nextSlice(start, 0.05)).toEqual({ mip: false, dpGain: 0.05, mipGain: null });
		const toMip = nextSlice(nextSlice(start, 0.05), 0.005);
		expect(toMip).toEqual({ mip: true, dpGain: 0.005, mipGain: null });
		// Sub-MIPs gaining at least the DP's last 0.5 % keep it (a tie included); less hands it back.
		expect(nextSlice(toMip, 0.02).mip).toBe(true);
		expect(nextSlice(toMip, 0.005).mip).toBe(true);
		const back = nextSlice(toMip, 0.001);
		expect(back).toEqual({ mip: false, dpGain: 0.005, mipGain: 0.001 });
		// The DP search stalled again, but less than the sub-MIPs did last: it keeps the turn; below them, it hands it over.
		expect(nextSlice(back, 0.004).mip).toBe(false);
		expect(nextSlice(back, 0.0005).mip).toBe(true);
		// No gain at all on both sides: the DP search keeps it (the sub-MIPs did not do better).
		expect(nextSlice({ mip: false, dpGain: 0, mipGain: 0 }, 0).mip).toBe(false);
	});
});

describe('underCovered', () => {
	it('picks only shifts below their requirement, each of them, and −1 when every shift is covered', () => {
		const inst = parseCurtois('SECTION_HORIZON\n2\nSECTION_SHIFTS\nD,480,\nN,480,\nSECTION_STAFF\nA,D=2|N=2,1920,0,2,1,1,1\nSECTION_COVER\n0,D,2,100,1\n0,N,1,100,1\n1,D,0,100,1\n1,N,3,100,1\n');
		const random = mulberry32(7);
		// Cells d * S + s: (0,D) 1 of 2, (0,N) 1 of 1, (1,D) 1 over 0, (1,N) 0 of 3.
		const counts = new Map<number, number>();
		for (let i = 0; i < 2000; i++) {
			const k = underCovered(inst, Int32Array.from([1, 1, 1, 0]), random);
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual([0, 3]);
		expect(counts.get(0)!).toBeGreaterThan(850);
		expect(counts.get(3)!).toBeGreaterThan(850);
		expect(underCovered(inst, Int32Array.from([2, 1, 0, 3]), random)).toBe(-1);
	});
});

describe('combineResults', () => {
	const run = (objective: number | null, lowerBound: number | null, proven = false): SolveResult => ({
		roster: objective === null ? null : [[objective]],
		objective,
		lowerBound,
		proven,
		log: [`objective ${objective}`]
	});

	it('keeps the roster of least objective (the first on ties) and the highest bound', () => {
		const r = combineResults([run(4041, 4040), run(4043, 4039), run(4041, 4038)]);
		expect(r.objective).toBe(4041);
		expect(r.roster).toEqual([[4041]]);
		expect(r.lowerBound).toBe(4040);
		expect(r.proven).toBe(false);
		expect(r.log).toEqual(['thread 1: objective 4041', 'thread 2: objective 4043', 'thread 3: objective 4041']);
	});

	it('is proven when the bound of one search meets the roster of another', () => {
		const r = combineResults([run(4041, 4040), run(4040, null)]);
		expect(r.objective).toBe(4040);
		expect(r.lowerBound).toBe(4040);
		expect(r.proven).toBe(true);
		expect(combineResults([run(1056, 1055), run(1057, 1055)]).proven).toBe(false);
	});

	it('skips searches without a roster and reports none when no search found one', () => {
		expect(combineResults([run(null, 600), run(610, null)])).toMatchObject({ objective: 610, lowerBound: 600, proven: false });
		expect(combineResults([run(null, null), run(null, null)])).toMatchObject({ roster: null, objective: null, lowerBound: null, proven: false });
	});
});
