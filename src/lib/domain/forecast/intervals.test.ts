import { describe, expect, it } from 'vitest';
import { fitIntervals, intervalFor, normalQuantile, quantileSorted, wape } from './intervals';
import { lcg, poisson } from './synthetic';

describe('error measures and quantiles', () => {
	it('computes WAPE, and null when the actuals sum to 0', () => {
		expect(wape([110, 90], [100, 100])).toBeCloseTo(0.1, 12);
		expect(wape([1], [0])).toBeNull();
	});

	it('interpolates quantiles (type 7)', () => {
		expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
		expect(quantileSorted([], 0.5)).toBeNaN();
	});

	it('approximates the normal quantile', () => {
		expect(normalQuantile(0.9)).toBeCloseTo(1.2815516, 6);
		expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
		expect(normalQuantile(0.01)).toBeCloseTo(-2.3263479, 6);
	});
});

describe('empirical intervals', () => {
	it('cover about the requested share of Poisson outcomes at every level', () => {
		const random = lcg(3);
		const forecasts: number[] = [];
		const actuals: number[] = [];
		for (let i = 0; i < 4000; i++) {
			const rate = 2 + (i % 50) * 4;
			forecasts.push(rate);
			actuals.push(poisson(rate, random));
		}
		const model = fitIntervals(forecasts, actuals, 0.8, 'sum')!;
		expect(model.edges.length).toBe(5);
		let inside = 0;
		const fresh = lcg(99);
		for (let i = 0; i < 4000; i++) {
			const rate = 2 + (i % 50) * 4;
			const [lo, hi] = intervalFor(model, rate);
			expect(lo).toBeGreaterThanOrEqual(0);
			expect(lo).toBeLessThanOrEqual(rate);
			expect(hi).toBeGreaterThanOrEqual(rate);
			const a = poisson(rate, fresh);
			if (a >= lo && a <= hi) inside++;
		}
		expect(inside / 4000).toBeGreaterThan(0.75);
		expect(inside / 4000).toBeLessThan(0.9);
	});

	it('uses one bin for few errors and relative errors for averages', () => {
		const model = fitIntervals([100, 100, 100, 100], [90, 95, 105, 110], 0.8, 'mean')!;
		expect(model.edges).toEqual([Number.POSITIVE_INFINITY]);
		const [lo, hi] = intervalFor(model, 200);
		expect(lo).toBeCloseTo(200 * (1 - 0.085), 6);
		expect(hi).toBeCloseTo(200 * (1 + 0.085), 6);
		expect(fitIntervals([], [], 0.8, 'sum')).toBeNull();
	});
});
