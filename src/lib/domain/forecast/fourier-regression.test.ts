import { describe, expect, it } from 'vitest';
import { defaultFourierOptions, fourierRegression, harmonicOrders } from './fourier-regression';
import { weekdayOf, type DayGrid } from './grid';

describe('harmonic orders', () => {
	it('combines weekly orders, daily orders and their weekday interactions without duplicates', () => {
		expect(harmonicOrders(24, { ...defaultFourierOptions, weeklyOrders: 3, dailyOrders: 2, interaction: 1 })).toEqual([1, 2, 3, 6, 7, 8, 13, 14, 15]);
		expect(harmonicOrders(24, { ...defaultFourierOptions, weeklyOrders: 0, dailyOrders: 2, interaction: 0 })).toEqual([7, 14]);
	});
	it('stays below the Nyquist order of the day', () => {
		const orders = harmonicOrders(4, { ...defaultFourierOptions, dailyOrders: 12, interaction: 0, weeklyOrders: 0 });
		expect(orders).toEqual([7]); // 4 slots a day: only the first daily harmonic is identifiable
	});
});

describe('Fourier regression', () => {
	const slots = 24;
	const firstDay = 20_454; // 2026-01-01, a Thursday
	// sqrt(y) = 6 + 2 cos(2 pi (s - 12) / 24) + 0.5 cos(2 pi u / week), u the hour of the week; open 06:00-20:00 except Sundays.
	const truth = (d: number, s: number) => (6 + 2 * Math.cos((2 * Math.PI * (s - 12)) / 24) + 0.5 * Math.cos((2 * Math.PI * (weekdayOf(firstDay + d) * 24 + s)) / 168)) ** 2;
	function grid(days: number): DayGrid {
		const values = new Float64Array(days * slots).fill(Number.NaN);
		const open = new Uint8Array(days);
		for (let d = 0; d < days; d++) {
			if (weekdayOf(firstDay + d) === 0) continue;
			open[d] = 1;
			for (let s = 6; s < 20; s++) values[d * slots + s] = truth(d, s);
		}
		return { slots, firstDay, days, values, open };
	}

	it('fits a noiseless daily and weekly pattern on the open intervals', () => {
		const f = fourierRegression(grid(56), 14, 'sum', { ...defaultFourierOptions, weeklyOrders: 1, interaction: 0, dailyOrders: 3 });
		for (let h = 0; h < 14; h++) {
			if (weekdayOf(firstDay + 56 + h) === 0) continue;
			for (let s = 6; s < 20; s++) expect(f[h * slots + s]!).toBeCloseTo(truth(56 + h, s), 2);
		}
	});

	it('never forecasts below 0 and returns zeros without data', () => {
		for (const v of fourierRegression(grid(28), 7)) expect(v).toBeGreaterThanOrEqual(0);
		const empty: DayGrid = { slots, firstDay, days: 14, values: new Float64Array(14 * slots).fill(Number.NaN), open: new Uint8Array(14) };
		expect(fourierRegression(empty, 2).every((v) => v === 0)).toBe(true);
	});

	it('fits averages untransformed', () => {
		const g = grid(28);
		for (let i = 0; i < g.values.length; i++) if (!Number.isNaN(g.values[i]!)) g.values[i] = 300;
		const f = fourierRegression(g, 7, 'mean');
		expect(f[24 + 10]!).toBeCloseTo(300, 2);
	});
});
