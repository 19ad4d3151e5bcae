import { describe, expect, it } from 'vitest';
import { longestSpan, takeExtra, takeVto } from './offers';

const h = (n: number) => n * 3_600_000;
const shift = { start: h(8), end: h(16) };

describe('takeVto', () => {
	it('removes a shift the window covers and trims one it overlaps at an end', () => {
		expect(takeVto(shift, { start: h(7), end: h(17) })).toEqual({ kind: 'remove' });
		expect(takeVto(shift, { start: h(6), end: h(10) })).toEqual({ kind: 'set', start: h(10), end: h(16) });
		expect(takeVto(shift, { start: h(14), end: h(18) })).toEqual({ kind: 'set', start: h(8), end: h(14) });
	});
	it('refuses a window inside the shift, outside it, or with no shift', () => {
		expect(takeVto(shift, { start: h(10), end: h(12) })).toEqual({ kind: 'refused', reason: 'inside' });
		expect(takeVto(shift, { start: h(16), end: h(18) })).toEqual({ kind: 'refused', reason: 'no_overlap' });
		expect(takeVto(null, { start: h(8), end: h(9) })).toEqual({ kind: 'refused', reason: 'no_shift' });
	});
});

describe('takeExtra', () => {
	it('extends the day shift over the window, or adds the window as a shift', () => {
		expect(takeExtra(shift, { start: h(16), end: h(18) })).toEqual({ kind: 'set', start: h(8), end: h(18) });
		expect(takeExtra(null, { start: h(16), end: h(20) })).toEqual({ kind: 'set', start: h(16), end: h(20) });
	});
});

describe('longestSpan', () => {
	it('finds the longest consecutive run', () => {
		const q = 900_000;
		const coverage = [0, 1, 2, 3, 4, 5].map((i) => ({ start: i * q, required: [5, 5, 5, 2, 2, 5][i]!, scheduled: [6, 7, 4, 4, 4, 6][i]! }));
		expect(longestSpan(coverage, q, (r, s) => s - r >= 1)).toEqual({ start: 3 * q, end: 6 * q });
		expect(longestSpan(coverage, q, (r, s) => s - r >= 9)).toBeNull();
	});
});
