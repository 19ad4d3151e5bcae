import { describe, expect, it } from 'vitest';
import { fitHoltWinters, fitHoltWintersVariant, forecastHoltWinters } from './holt-winters';

const pattern = [100, 80, 85, 90, 120, 40, 0.5];

describe('Holt-Winters (weekly season)', () => {
	it('reproduces a purely seasonal series', () => {
		const y = Float64Array.from({ length: 70 }, (_, t) => pattern[t % 7]!);
		const fit = fitHoltWinters(y)!;
		const f = forecastHoltWinters(fit, 14);
		for (let h = 0; h < 14; h++) expect(f[h]).toBeCloseTo(pattern[(70 + h) % 7]!, 3);
	});

	it('carries the state across missing days', () => {
		const y = Float64Array.from({ length: 63 }, (_, t) => (t % 7 === 6 || t === 30 ? Number.NaN : 200 + 10 * (t % 7)));
		const fit = fitHoltWinters(y)!;
		expect(fit.observations).toBe(63 - 9 - 1);
		const f = forecastHoltWinters(fit, 7);
		expect(f[0]).toBeCloseTo(200, 1); // t = 63 is phase 0
		expect(Number.isFinite(f[6]!)).toBe(true);
	});

	it('follows a trend with the damped variant and never forecasts below 0', () => {
		const y = Float64Array.from({ length: 84 }, (_, t) => 50 + 2 * t + 10 * Math.sin((2 * Math.PI * t) / 7));
		const fit = fitHoltWintersVariant(y, { season: 'additive', trend: 'damped' })!;
		const f = forecastHoltWinters(fit, 28);
		expect(f[0]!).toBeGreaterThan(200);
		expect(f[27]!).toBeGreaterThan(f[0]!); // still rising, damped
		expect(f[27]!).toBeLessThan(50 + 2 * (84 + 27) + 15);
		const falling = Float64Array.from({ length: 42 }, (_, t) => Math.max(0, 100 - 3 * t));
		for (const v of forecastHoltWinters(fitHoltWinters(falling)!, 30)) expect(v).toBeGreaterThanOrEqual(0);
	});

	it('offers the multiplicative season only for positive series', () => {
		const y = Float64Array.from({ length: 42 }, (_, t) => (t % 7 === 0 ? 0 : 10 + t));
		expect(fitHoltWinters(y)!.season).toBe('additive');
	});

	it('returns null when there is nothing to fit', () => {
		expect(fitHoltWinters(new Float64Array(14).fill(Number.NaN))).toBeNull();
	});
});
