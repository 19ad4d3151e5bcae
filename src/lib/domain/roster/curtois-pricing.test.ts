import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { parseCurtois, type CurtoisInstance } from './curtois-format';
import { employeeViolations, OFF } from './curtois-model';
import { createPricer, enumerateRows, priceRow } from './curtois-pricing';

/** One employee, `H` days, 1–3 shifts with random lengths and rotation rules, random limits. */
function randomEmployee(seed: number, H: number, S: number): CurtoisInstance {
	const r = mulberry32(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const ids = ['D', 'L', 'N'].slice(0, S);
	const lens = ids.map(() => 60 * int(6, 10));
	const shifts = ids.map((id, i) => `${id},${lens[i]},${ids.filter(() => r() < 0.35).join('|')}`);
	const caps = ids.map((id) => `${id}=${r() < 0.3 ? int(0, 3) : int(2, H)}`).join('|');
	const minWork = int(0, Math.floor(H / 2));
	const maxMinutes = 600 * int(minWork + 1, H);
	const days = [...Array(H).keys()].filter(() => r() < 0.15);
	return parseCurtois(
		`SECTION_HORIZON\n${H}\nSECTION_SHIFTS\n${shifts.join('\n')}\nSECTION_STAFF\n` +
			`A,${caps},${maxMinutes},${Math.min(maxMinutes, 360 * minWork)},${int(1, 5)},${int(1, 3)},${int(1, 3)},${int(0, Math.ceil(H / 7))}\n` +
			(days.length > 0 ? `SECTION_DAYS_OFF\nA,${days.join(',')}\n` : '')
	);
}

/** Every row of the employee, least cost among the feasible ones that agree with `fixed` outside [a, b). */
function bruteForce(inst: CurtoisInstance, work: number[], off: number[], a: number, b: number, fixed: number[] | null) {
	const H = inst.horizon;
	const S = inst.shifts.length;
	let best = Infinity;
	const row = new Array<number>(H).fill(OFF);
	const total = (S + 1) ** (b - a);
	for (let code = 0; code < total; code++) {
		let c = code;
		for (let d = 0; d < H; d++) {
			if (d < a || d >= b) { row[d] = fixed ? fixed[d]! : OFF; continue; }
			row[d] = (c % (S + 1)) - 1;
			c = Math.floor(c / (S + 1));
		}
		if (employeeViolations(inst, 0, row).length > 0) continue;
		let cost = 0;
		for (let d = a; d < b; d++) cost += row[d] === OFF ? off[d]! : work[d * S + row[d]!]!;
		if (cost < best) best = cost;
	}
	return best;
}

function randomCosts(seed: number, inst: CurtoisInstance) {
	const r = mulberry32(seed * 7 + 3);
	const work = Array.from({ length: inst.horizon * inst.shifts.length }, () => Math.round((r() - 0.6) * 20));
	const off = Array.from({ length: inst.horizon }, () => (r() < 0.3 ? Math.round(r() * 6) : 0));
	return { work, off };
}

/** The DP's answer against brute force on whole rows; true when a feasible row was expected. */
function expectWholeRowOptimum(inst: CurtoisInstance, work: number[], off: number[], label: string): boolean {
	const expected = bruteForce(inst, work, off, 0, inst.horizon, null);
	const got = priceRow(createPricer(inst, 0), { work, off });
	expect(got, label).not.toBe('tooLarge');
	if (expected === Infinity) { expect(got, label).toBeNull(); return false; }
	const res = got as Exclude<typeof got, null | 'tooLarge'>;
	expect(res, label).not.toBeNull();
	expect(res.cost, label).toBeCloseTo(expected, 9);
	expect(employeeViolations(inst, 0, res.row), label).toEqual([]);
	return true;
}

describe('priceRow (exact employee DP)', () => {
	it('matches exhaustive search over whole rows (14 days, 1 shift; 7 days, 2–3 shifts)', () => {
		let feasible = 0;
		const cases: [number, number, number][] = [];
		for (let seed = 1; seed <= 60; seed++) cases.push([seed, 14, 1]);
		for (let seed = 101; seed <= 160; seed++) cases.push([seed, 7, 2 + (seed % 2)]);
		for (const [seed, H, S] of cases) {
			const inst = randomEmployee(seed, H, S);
			const { work, off } = randomCosts(seed, inst);
			if (expectWholeRowOptimum(inst, work, off, `seed ${seed}`)) feasible++;
		}
		expect(feasible).toBeGreaterThan(60); // the random limits leave most cases feasible
	});

	it('matches exhaustive search when branching forbids values (+Infinity work or day-off costs)', () => {
		// Branch and price forbids "off on day d" and "shift s on day d" by infinite costs; the table
		// is reused between calls, so a forbidden value must never leave a stale or infinite entry.
		let feasible = 0;
		for (let seed = 300; seed < 360; seed++) {
			const S = 1 + (seed % 2);
			const inst = randomEmployee(seed, S === 1 ? 14 : 7, S);
			const { work, off } = randomCosts(seed, inst);
			const r = mulberry32(seed);
			for (let i = 0; i < work.length; i++) if (r() < 0.15) work[i] = Infinity;
			for (let d = 0; d < off.length; d++) if (r() < 0.15) off[d] = Infinity;
			if (expectWholeRowOptimum(inst, work, off, `seed ${seed}`)) feasible++;
		}
		expect(feasible).toBeGreaterThanOrEqual(15); // 20 with these seeds
	});

	it('matches exhaustive search on a window with the other days fixed', () => {
		let checked = 0;
		for (let seed = 200; seed < 260; seed++) {
			const S = 1 + (seed % 2);
			const inst = randomEmployee(seed, 21, S);
			const H = inst.horizon;
			// A feasible fixed row: the DP's own answer for random costs (checked by the evaluator).
			const base = priceRow(createPricer(inst, 0), randomCosts(seed + 1000, inst));
			if (base === null || base === 'tooLarge') continue;
			expect(employeeViolations(inst, 0, base.row)).toEqual([]);
			const a = 7 * (seed % 3); // windows at the start, in the middle and at the end
			const b = a + 7;
			const { work, off } = randomCosts(seed, inst);
			const expected = bruteForce(inst, work, off, a, b, base.row);
			const got = priceRow(createPricer(inst, 0), { work, off, from: a, to: b, row: base.row });
			expect(got, `seed ${seed}`).not.toBeNull();
			const res = got as Exclude<typeof got, null | 'tooLarge'>;
			expect(res.cost, `seed ${seed}`).toBeCloseTo(expected, 9);
			expect(employeeViolations(inst, 0, res.row), `seed ${seed}`).toEqual([]);
			for (let d = 0; d < H; d++) if (d < a || d >= b) expect(res.row[d]).toBe(base.row[d]);
			checked++;
		}
		expect(checked).toBeGreaterThan(30);
	});

	it('prices weekends and caps by penalties when told to: feasible rows and a valid Lagrangian bound', () => {
		let feasible = 0;
		let found = 0;
		let exactBound = 0;
		for (let seed = 1; seed <= 80; seed++) {
			const [H, S] = seed % 2 === 0 ? [14, 1] : [7, 2];
			const inst = randomEmployee(seed, H, S);
			const { work, off } = randomCosts(seed, inst);
			const expected = bruteForce(inst, work, off, 0, H, null);
			const pricer = createPricer(inst, 0);
			// As if tracking them would not fit: the weekend resource (−1) and every shift's cap.
			pricer.penalized.add(-1);
			for (let s = 0; s < S; s++) pricer.penalized.add(s);
			// Twice, so the second call starts from the multipliers the first one ended with.
			for (let call = 0; call < 2; call++) {
				const got = priceRow(pricer, { work, off });
				expect(got, `seed ${seed}`).not.toBe('tooLarge');
				if (expected === Infinity) { expect(got, `seed ${seed}`).toBeNull(); continue; }
				if (call === 0) feasible++;
				if (got === null || got === 'tooLarge') continue;
				if (call === 0) found++;
				expect(employeeViolations(inst, 0, got.row), `seed ${seed}`).toEqual([]);
				expect(got.cost, `seed ${seed}`).toBeGreaterThanOrEqual(expected - 1e-9);
				expect(got.bound, `seed ${seed}`).toBeLessThanOrEqual(expected + 1e-9);
				if (call === 0 && got.bound >= expected - 1e-9) exactBound++;
			}
		}
		expect(found).toBeGreaterThanOrEqual(feasible * 0.9); // the penalties rarely miss a feasible row
		expect(exactBound).toBeGreaterThan(0);
	});

	it('reports a table above the size limit instead of allocating it', () => {
		const inst = randomEmployee(5, 14, 1);
		const r = priceRow(createPricer(inst, 0), { work: new Array(14).fill(0), maxEntries: 10 });
		expect(r).toBe('tooLarge');
	});
});

describe('enumerateRows', () => {
	// Weekend limits (0–2 of the 1–2 weekends) and caps of 0–3 shifts bind in many of these, which
	// is what the search's backward bound tracks besides minutes.
	it('lists exactly the feasible rows within the cost limit (checked by exhaustive search)', () => {
		for (let seed = 300; seed < 400; seed++) {
			const H = seed % 2 === 0 ? 14 : 7;
			const S = H === 14 ? 1 : 2;
			const inst = randomEmployee(seed, H, S);
			const { work } = randomCosts(seed, inst);
			const pricer = createPricer(inst, 0);
			const best = priceRow(pricer, { work });
			if (best === null || best === 'tooLarge') continue;
			const limit = best.cost + (seed % 5);
			const rows = enumerateRows(pricer, work, limit, 100_000);
			expect(rows).not.toBe('tooMany');
			// Exhaustive: every feasible row with cost ≤ limit.
			const expected: string[] = [];
			const row = new Array<number>(H).fill(OFF);
			for (let code = 0; code < (S + 1) ** H; code++) {
				let c = code;
				let cost = 0;
				for (let d = 0; d < H; d++) { row[d] = (c % (S + 1)) - 1; c = Math.floor(c / (S + 1)); if (row[d] !== OFF) cost += work[d * S + row[d]!]!; }
				if (cost <= limit + 1e-9 && employeeViolations(inst, 0, row).length === 0) expected.push(row.join(','));
			}
			expect((rows as number[][]).map((r) => r.join(',')).sort(), `seed ${seed}`).toEqual(expected.sort());
		}
	});
});
