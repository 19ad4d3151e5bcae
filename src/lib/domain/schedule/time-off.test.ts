import { describe, expect, it } from 'vitest';
import { daysInYear, timeOffImpact } from './time-off';

const q = 15 * 60_000;
const t0 = Date.UTC(2026, 11, 1, 8);
const shift = { start: t0, end: t0 + 8 * 4 * q, breaks: [{ start: t0 + 16 * q, end: t0 + 18 * q }] };

function flat(value: number): Map<number, number> {
	const out = new Map<number, number>();
	for (let i = 0; i < 40; i++) out.set(t0 + i * q, value);
	return out;
}

describe('timeOffImpact', () => {
	it('finds no shortfall when the team has an agent to spare', () => {
		expect(timeOffImpact([shift], flat(5), flat(4), 15)).toEqual({ intervalsShort: 0, worstShortfall: 0, hoursRemoved: 8 });
	});
	it('counts the intervals that fall short, skipping the break the agent would not work anyway', () => {
		// 32 intervals in the shift, 2 of them a break: 30 would drop from 4 to 3 against 4.
		expect(timeOffImpact([shift], flat(4), flat(4), 15)).toEqual({ intervalsShort: 30, worstShortfall: 1, hoursRemoved: 8 });
	});
	it('ignores a shortfall under half an agent (fractional team requirements)', () => {
		expect(timeOffImpact([shift], flat(4), flat(3.4), 15).intervalsShort).toBe(0);
		expect(timeOffImpact([shift], flat(4), flat(3.6), 15).intervalsShort).toBe(30);
	});
	it('with skills, counts only intervals where the agent’s leaving uncovers requirement', () => {
		// Covered within skills: 4 of 4 before; without the agent 3 in the first 10 intervals (they
		// were the only one on a queue there) and still 4 after (others could take their queue).
		const without = new Map([...flat(4)].map(([t], i) => [t, i < 10 ? 3 : 4]));
		expect(timeOffImpact([shift], flat(4), flat(4), 15, without)).toEqual({ intervalsShort: 10, worstShortfall: 1, hoursRemoved: 8 });
		// A queue already short, where the agent covers nothing, does not stop the request.
		expect(timeOffImpact([shift], flat(2), flat(4), 15, flat(2)).intervalsShort).toBe(0);
	});
	it('is empty without shifts', () => {
		expect(timeOffImpact([], flat(1), flat(9), 15)).toEqual({ intervalsShort: 0, worstShortfall: 0, hoursRemoved: 0 });
	});
});

describe('daysInYear', () => {
	it('clips a request to the year', () => {
		expect(daysInYear('2026-12-30', '2027-01-02', 2026)).toBe(2);
		expect(daysInYear('2026-12-30', '2027-01-02', 2027)).toBe(2);
		expect(daysInYear('2026-03-01', '2026-03-01', 2026)).toBe(1);
		expect(daysInYear('2025-03-01', '2025-03-05', 2026)).toBe(0);
	});
});
