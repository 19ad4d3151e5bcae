import { describe, expect, it } from 'vitest';
import { forecast, ForecastInputError, type ForecastRequest, type SeriesPoint } from './engine';
import { syntheticRate, syntheticSeries, type SyntheticOptions } from './synthetic';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const from = Date.UTC(2025, 0, 6); // a Monday
const options: SyntheticOptions = { from, days: 16 * 7, intervalMinutes: 30, seed: 11, meanPerInterval: 30 };
const all = syntheticSeries(options);
const cut = from + 14 * 7 * DAY;
const history = all.filter((p) => p.start < cut);
const future = all.filter((p) => p.start >= cut);

function run(request: Partial<ForecastRequest> = {}) {
	return forecast({ intervalMinutes: 30, history, starts: future.map((p) => p.start), ...request });
}

function inputError(request: Partial<ForecastRequest>): ForecastInputError {
	try {
		run(request);
	} catch (error) {
		if (error instanceof ForecastInputError) return error;
		throw error;
	}
	throw new Error('expected a ForecastInputError');
}

describe('forecast engine: accuracy and selection', () => {
	const result = run();

	it('backtests every method, picks the lowest WAPE and beats seasonal naive on fresh data', () => {
		const wapes = result.backtest.methods;
		expect(Object.keys(wapes).sort()).toEqual(['calendar_profile', 'daily_seasonal_naive', 'ensemble', 'fourier_regression', 'holt_winters_profile', 'seasonal_naive']);
		const best = Math.min(...Object.values(wapes).map((w) => w ?? Number.POSITIVE_INFINITY));
		expect(result.backtest.wape).toBe(best);
		expect(wapes[result.method]).toBe(best);
		expect(result.backtest.origins).toBe(4);
		expect(result.backtest.horizonDays).toBe(14);
		let error = 0;
		let naiveError = 0;
		let total = 0;
		const naive = run({ methods: ['seasonal_naive'] });
		future.forEach((p, i) => {
			error += Math.abs(result.points[i]!.value - p.value);
			naiveError += Math.abs(naive.points[i]!.value - p.value);
			total += p.value;
		});
		expect(error / total).toBeLessThan(0.9 * (naiveError / total));
	});

	it('gives 80% intervals that hold about 80% of fresh outcomes, with 0 <= lower <= value <= upper', () => {
		let inside = 0;
		future.forEach((p, i) => {
			const f = result.points[i]!;
			expect(f.lower).toBeGreaterThanOrEqual(0);
			expect(f.lower).toBeLessThanOrEqual(f.value);
			expect(f.upper).toBeGreaterThanOrEqual(f.value);
			if (p.value >= f.lower && p.value <= f.upper) inside++;
		});
		expect(inside / future.length).toBeGreaterThan(0.7);
		expect(inside / future.length).toBeLessThan(0.92);
	});

	it('is deterministic and keeps the order of the requested starts', () => {
		const shuffled = [...future.map((p) => p.start)].reverse();
		const a = forecast({ intervalMinutes: 30, history, starts: shuffled });
		const b = forecast({ intervalMinutes: 30, history, starts: shuffled });
		expect(a).toEqual(b);
		expect(a.points.map((p) => p.start)).toEqual(shuffled);
		expect(a.points[0]!.value).toBe(result.points[result.points.length - 1]!.value);
	});

	it('forecasts 0 with interval [0, 0] where history was always closed', () => {
		const sunday = cut + 6 * DAY + 12 * HOUR; // Sunday: closed in the synthetic center
		const night = cut + 2 * HOUR; // Monday 02:00
		const saturdayEvening = cut + 5 * DAY + 18 * HOUR; // Saturday after 13:00
		const r = run({ starts: [sunday, night, saturdayEvening] });
		for (const p of r.points) expect(p).toMatchObject({ value: 0, lower: 0, upper: 0 });
		expect(syntheticRate(options, sunday)).toBe(0);
	});

	it('returns an empty forecast, still with a backtest, when no start is requested', () => {
		const r = run({ starts: [] });
		expect(r.points).toEqual([]);
		expect(r.backtest.origins).toBeGreaterThan(0);
	});

	it('offers a single method on request', () => {
		expect(run({ methods: ['holt_winters_profile'] }).method).toBe('holt_winters_profile');
	});
});

describe('forecast engine: short and partial history', () => {
	it('falls back to the daily seasonal naive with under a week of history and says so', () => {
		const short = history.slice(0, 5 * 24); // Monday to Friday, 24 half hours a day
		const r = forecast({ intervalMinutes: 30, history: short, starts: [from + 7 * DAY + 10 * HOUR] });
		expect(r.method).toBe('daily_seasonal_naive');
		expect(r.notes.join(' ')).toMatch(/seasonal_naive/);
		expect(r.points[0]!.value).toBe(short.find((p) => p.start === from + 4 * DAY + 10 * HOUR)!.value);
	});

	it('uses weekly methods from two weeks on and backtests what it can', () => {
		const r = forecast({ intervalMinutes: 30, history: history.filter((p) => p.start < from + 12 * DAY), starts: [from + 14 * DAY + 10 * HOUR] });
		expect(Object.keys(r.backtest.methods)).toEqual(['seasonal_naive', 'daily_seasonal_naive']);
		expect(r.notes.join(' ')).toMatch(/holt_winters_profile, calendar_profile, fourier_regression, ensemble need at least 14 days/);
		expect(r.backtest.origins).toBe(1);
		const longer = forecast({ intervalMinutes: 30, history: history.filter((p) => p.start < from + 22 * DAY), starts: [from + 28 * DAY + 10 * HOUR] });
		expect(Object.keys(longer.backtest.methods)).toContain('holt_winters_profile');
	});

	it('gives a Poisson band when no backtest is possible', () => {
		const oneDay = history.slice(0, 24);
		const r = forecast({ intervalMinutes: 30, history: oneDay, starts: [from + DAY + 10 * HOUR] });
		expect(r.backtest.wape).toBeNull();
		const p = r.points[0]!;
		expect(p.upper - p.value).toBeCloseTo(1.2815516 * Math.sqrt(p.value), 4);
	});

	it('forecasts the rest of a partly observed last day', () => {
		const partial = all.filter((p) => p.start < cut + 12 * HOUR);
		const rest = all.filter((p) => p.start >= cut + 12 * HOUR && p.start < cut + DAY);
		const r = forecast({ intervalMinutes: 30, history: partial, starts: rest.map((p) => p.start) });
		expect(r.points.length).toBe(rest.length);
		expect(r.points.every((p) => p.value > 0)).toBe(true);
	});
});

describe('forecast engine: special days, overrides, time zones, averages', () => {
	it('leaves special days out of training', () => {
		const spiked = history.map((p) => (p.start >= cut - 7 * DAY && p.start < cut - 6 * DAY ? { ...p, value: p.value * 10 } : p));
		const monday = future.filter((p) => p.start < cut + DAY).map((p) => p.start);
		const polluted = forecast({ intervalMinutes: 30, history: spiked, starts: monday, methods: ['seasonal_naive'] });
		const clean = forecast({ intervalMinutes: 30, history: spiked, starts: monday, methods: ['seasonal_naive'], specialDays: [new Date(cut - 7 * DAY).toISOString().slice(0, 10)] });
		const twoWeeksBack = history.filter((p) => p.start >= cut - 14 * DAY && p.start < cut - 13 * DAY).map((p) => p.value);
		expect(clean.points.map((p) => p.value)).toEqual(twoWeeksBack);
		expect(polluted.points[10]!.value).toBeGreaterThan(clean.points[10]!.value * 5);
	});

	it('applies multipliers and day totals to the forecast only', () => {
		const day = new Date(cut + DAY).toISOString().slice(0, 10); // Tuesday
		const tuesday = (r: ReturnType<typeof run>) => r.points.filter((p) => p.start >= cut + DAY && p.start < cut + 2 * DAY);
		const base = run();
		const halved = run({ overrides: [{ day, multiplier: 0.5 }] });
		tuesday(halved).forEach((p, i) => {
			const b = tuesday(base)[i]!;
			expect(p.value).toBeCloseTo(b.value / 2, 9);
			expect(p.upper).toBeCloseTo(b.upper / 2, 9);
		});
		expect(halved.backtest).toEqual(base.backtest);
		const fixed = run({ overrides: [{ day, value: 1000 }] });
		expect(tuesday(fixed).reduce((s, p) => s + p.value, 0)).toBeCloseTo(1000, 6);
		const sunday = new Date(cut + 6 * DAY).toISOString().slice(0, 10);
		const opened = run({ starts: [cut + 6 * DAY + 10 * HOUR, cut + 6 * DAY + 11 * HOUR], overrides: [{ day: sunday, value: 40 }] });
		expect(opened.points.map((p) => p.value)).toEqual([20, 20]);
	});

	it('takes weekdays and opening hours from the given time zone across a DST change', () => {
		// New York center open 09:00-17:00 local, Monday to Friday, 10 calls an hour; DST starts 2026-03-08.
		const points: SeriesPoint[] = [];
		for (let d = 0; d < 35; d++) {
			const day = Date.UTC(2026, 0, 26) + d * DAY; // from Monday 26 January
			const weekday = new Date(day).getUTCDay();
			if (weekday === 0 || weekday === 6) continue;
			for (let h = 9; h < 17; h++) points.push({ start: day + (h + 5) * HOUR, value: 10 });
		}
		const nineLocal = Date.UTC(2026, 2, 9, 13); // Monday 9 March 09:00 EDT
		const sixPmLocal = Date.UTC(2026, 2, 9, 22);
		const local = forecast({ intervalMinutes: 60, history: points, starts: [nineLocal, sixPmLocal], timeZone: 'America/New_York' });
		expect(local.points[0]!.value).toBeCloseTo(10, 0);
		expect(local.points[1]!.value).toBe(0);
		const utc = forecast({ intervalMinutes: 60, history: points, starts: [nineLocal] });
		expect(utc.points[0]!.value).toBe(0); // 13:00Z was never open on the UTC clock
	});

	it('forecasts averages such as AHT with aggregate "mean"', () => {
		const aht = history.map((p) => ({ start: p.start, value: 280 + 40 * Math.sin(p.start / HOUR / 3) }));
		const r = forecast({ intervalMinutes: 30, history: aht, starts: future.slice(0, 50).map((p) => p.start), aggregate: 'mean' });
		for (const p of r.points) {
			expect(p.value).toBeGreaterThan(200);
			expect(p.value).toBeLessThan(360);
		}
	});
});

describe('forecast engine: validation', () => {
	const at = (i: number) => history[i]!.start;
	it('names unsorted, duplicate and misaligned history rows', () => {
		const unsorted = [...history];
		[unsorted[3], unsorted[4]] = [unsorted[4]!, unsorted[3]!];
		expect(inputError({ history: unsorted })).toMatchObject({ field: 'history[4].start', message: expect.stringMatching(/not sorted/) });
		const duplicate = [...history];
		duplicate[5] = { ...duplicate[4]! };
		expect(inputError({ history: duplicate })).toMatchObject({ field: 'history[5].start', message: expect.stringMatching(/duplicates history\[4\]/) });
		const misaligned = [...history];
		misaligned[2] = { start: at(2) + 60_000, value: 3 };
		expect(inputError({ history: misaligned }).message).toMatch(/history\[2\]\.start .* not aligned to 30-minute/);
	});

	it('rejects negative and non-finite values', () => {
		const negative = [...history];
		negative[7] = { start: at(7), value: -1 };
		expect(inputError({ history: negative }).field).toBe('history[7].value');
		const nan = [...history];
		nan[8] = { start: at(8), value: Number.NaN };
		expect(inputError({ history: nan }).message).toMatch(/history\[8\].*finite/);
	});

	it('rejects starts not after the history, misaligned starts and bad options', () => {
		expect(inputError({ starts: [cut, at(history.length - 1)] }).field).toBe('starts[1]');
		expect(inputError({ starts: [cut + 60_000] }).message).toMatch(/starts\[0\].*not aligned/);
		expect(inputError({ history: [] }).field).toBe('history');
		expect(inputError({ intervalMinutes: 7 }).field).toBe('interval_minutes');
		expect(inputError({ timeZone: 'Mars/Olympus' }).field).toBe('time_zone');
		expect(inputError({ specialDays: ['2025-02-30'] }).field).toBe('special_days[0]');
		expect(inputError({ overrides: [{ day: '2025-04-15', multiplier: -1 }] }).field).toBe('overrides[0].multiplier');
		expect(inputError({ overrides: [{ day: '2025-04-15', multiplier: 1 }, { day: '2025-04-15', value: 3 }] }).field).toBe('overrides[1].day');
		expect(inputError({ methods: ['magic' as never] }).field).toBe('methods');
		expect(inputError({ coverage: 1 }).field).toBe('coverage');
	});
});

describe('forecast engine: scale', () => {
	it('forecasts 6 weeks from 18 months of 15-minute history (~52k points) in a few seconds', () => {
		const big = syntheticSeries({ from: Date.UTC(2024, 0, 1), days: 548 + 42, intervalMinutes: 15, seed: 5, hours: Array.from({ length: 7 }, () => [0, 1440] as [number, number]) });
		const end = Date.UTC(2024, 0, 1) + 548 * DAY;
		const train = big.filter((p) => p.start < end);
		expect(train.length).toBe(548 * 96);
		const started = performance.now();
		const r = forecast({ intervalMinutes: 15, history: train, starts: big.filter((p) => p.start >= end).map((p) => p.start) });
		const seconds = (performance.now() - started) / 1000;
		expect(r.points.length).toBe(42 * 96);
		expect(r.points.every((p) => Number.isFinite(p.value) && Number.isFinite(p.lower) && Number.isFinite(p.upper))).toBe(true);
		expect(seconds).toBeLessThan(10); // about 0.5 s on the project machine; generous for a loaded CI
	});
});
