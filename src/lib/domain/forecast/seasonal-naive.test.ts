import { describe, expect, it } from 'vitest';
import { dailySeasonalNaive, weeklySeasonalNaive } from './seasonal-naive';
import type { DayGrid } from './grid';

/** `days` days of 2 slots; value = 10 * day + slot; `closed` days have no values. */
function grid(days: number, closed: number[] = []): DayGrid {
	const values = new Float64Array(days * 2);
	const open = new Uint8Array(days);
	for (let d = 0; d < days; d++) {
		const isClosed = closed.includes(d);
		open[d] = isClosed ? 0 : 1;
		for (let s = 0; s < 2; s++) values[d * 2 + s] = isClosed ? Number.NaN : 10 * d + s;
	}
	return { slots: 2, firstDay: 0, days, values, open };
}

describe('weekly seasonal naive', () => {
	it('repeats the same interval one week earlier', () => {
		const f = weeklySeasonalNaive(grid(14), 9);
		expect([...f.subarray(0, 4)]).toEqual([70, 71, 80, 81]); // days 14, 15 <- 7, 8
		expect([...f.subarray(14, 18)]).toEqual([70, 71, 80, 81]); // days 21, 22 <- 7, 8 again (one week ahead is still unknown)
	});

	it('goes back whole weeks past a closed or special day', () => {
		const f = weeklySeasonalNaive(grid(14, [7]), 1);
		expect([...f]).toEqual([0, 1]); // day 14 <- day 0, since day 7 was closed
	});

	it('forecasts 0 for an interval closed on the copied open day', () => {
		const g = grid(7);
		g.values[1] = Number.NaN;
		expect([...weeklySeasonalNaive(g, 1)]).toEqual([0, 0]);
	});

	it('falls back to the last open day when the weekday never occurred', () => {
		expect([...weeklySeasonalNaive(grid(3), 1)]).toEqual([20, 21]);
	});
});

describe('daily seasonal naive', () => {
	it('repeats the last open day', () => {
		expect([...dailySeasonalNaive(grid(5, [4]), 2)]).toEqual([30, 31, 30, 31]);
	});
	it('gives zeros without any open day', () => {
		expect([...dailySeasonalNaive(grid(2, [0, 1]), 1)]).toEqual([0, 0]);
	});
});
