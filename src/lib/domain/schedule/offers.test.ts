import { describe, expect, it } from 'vitest';
import { suggestedWindow, takeExtra, takeVto } from './offers';

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

describe('suggestedWindow', () => {
	const q = 900_000;
	const coverage = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ start: i * q, required: [5, 5, 5, 2, 2, 5, 5, 5][i]!, scheduled: [6, 7, 4, 4, 4, 6, 4, 4][i]! }));
	it('takes the run with the most agents over (or short), within the longest window allowed', () => {
		// Over by 1, 2, -, 2, 2, 1: the run 3-5 sums 5, the run 0-1 sums 3.
		expect(suggestedWindow(coverage, q, (r, s) => s - r, 4 * q)).toEqual({ start: 3 * q, end: 6 * q });
		// At most two intervals: 3-4 (4) beats 0-1 (3) and 4-5 (3).
		expect(suggestedWindow(coverage, q, (r, s) => s - r, 2 * q)).toEqual({ start: 3 * q, end: 5 * q });
		// Short by one agent at 2 and at 6-7: the later run is longer.
		expect(suggestedWindow(coverage, q, (r, s) => r - s, 8 * q)).toEqual({ start: 6 * q, end: 8 * q });
	});
	it('suggests nothing without a whole agent over, and keeps a gap in time a gap', () => {
		expect(suggestedWindow(coverage, q, (r, s) => s - r - 8, 8 * q)).toBeNull();
		const gapped = [{ start: 0, required: 1, scheduled: 3 }, { start: 2 * q, required: 1, scheduled: 3 }];
		expect(suggestedWindow(gapped, q, (r, s) => s - r, 8 * q)).toEqual({ start: 0, end: q });
	});
});
