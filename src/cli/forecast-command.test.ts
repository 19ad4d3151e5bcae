import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { forecastCommand, parseInstant } from './forecast-command';

const DAY = 86_400_000;
const from = Date.UTC(2026, 0, 5); // Monday

/** Three weeks of 15-minute history, weekdays 08:00-18:00, a simple deterministic pattern. */
function history() {
	const rows: { start: string; volume: number }[] = [];
	for (let d = 0; d < 21; d++) {
		const weekday = (d + 1) % 7;
		if (weekday === 0 || weekday === 6) continue;
		for (let m = 8 * 60; m < 18 * 60; m += 15) {
			const volume = 10 + Math.round(8 * Math.sin((Math.PI * (m - 480)) / 600)) + (weekday === 1 ? 5 : 0) + ((d * 7 + m) % 3);
			rows.push({ start: new Date(from + d * DAY + m * 60_000).toISOString().replace('.000Z', 'Z'), volume });
		}
	}
	return rows;
}

const starts = ['2026-01-26T08:00:00Z', '2026-01-26T12:30:00Z', '2026-01-26T03:00:00Z', '2026-01-31T10:00:00Z', '2026-01-27T09:15:00+00:00'];

async function failure(input: unknown): Promise<string> {
	try {
		await forecastCommand(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as Error).message;
	}
	throw new Error('expected a CliError');
}

describe('tend forecast', () => {
	it('answers with the contract shape, echoing each start as given and in order', async () => {
		const out = (await forecastCommand({ interval_minutes: 15, history: history(), starts })) as {
			method: string;
			forecast: { start: string; volume: number; lower: number; upper: number }[];
			backtest: { wape: number; methods: Record<string, number> };
		};
		expect(Object.keys(out)).toEqual(['method', 'forecast', 'backtest']);
		expect(out.method).toMatch(/^[a-z_]+$/);
		expect(out.forecast.map((f) => f.start)).toEqual(starts);
		for (const f of out.forecast) {
			expect(Object.keys(f)).toEqual(['start', 'volume', 'lower', 'upper']);
			expect(f.lower).toBeLessThanOrEqual(f.volume);
			expect(f.upper).toBeGreaterThanOrEqual(f.volume);
			expect(f.lower).toBeGreaterThanOrEqual(0);
		}
		expect(out.forecast[0]!.volume).toBeGreaterThan(0);
		// 03:00 and Saturday were never open: 0 with [0, 0].
		expect(out.forecast[2]).toEqual({ start: starts[2], volume: 0, lower: 0, upper: 0 });
		expect(out.forecast[3]).toEqual({ start: starts[3], volume: 0, lower: 0, upper: 0 });
		expect(typeof out.backtest.wape).toBe('number');
		expect(out.backtest.methods[out.method]).toBe(out.backtest.wape);
		const text = JSON.stringify(out);
		expect(text).not.toMatch(/NaN|Infinity|null/);
	});

	it('reads raw JSON text as well, and the optional fields', async () => {
		const out = (await forecastCommand(
			JSON.stringify({ interval_minutes: 15, history: history(), starts: starts.slice(0, 2), time_zone: 'UTC', special_days: ['2026-01-07'], overrides: [{ day: '2026-01-26', multiplier: 2 }], coverage: 0.9, methods: ['seasonal_naive'] })
		)) as { method: string; forecast: { volume: number }[] };
		expect(out.method).toBe('seasonal_naive');
		const plain = (await forecastCommand({ interval_minutes: 15, history: history(), starts: starts.slice(0, 2), special_days: ['2026-01-07'], methods: ['seasonal_naive'] })) as { forecast: { volume: number }[] };
		expect(out.forecast[0]!.volume).toBeCloseTo(2 * plain.forecast[0]!.volume, 1);
	});

	it('sets a day total with a volume override', async () => {
		const day = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 0, 26, 8) + i * 900_000).toISOString());
		const out = (await forecastCommand({ interval_minutes: 15, history: history(), starts: day, overrides: [{ day: '2026-01-26', volume: 800 }] })) as { forecast: { volume: number }[] };
		expect(out.forecast.reduce((s, f) => s + f.volume, 0)).toBeCloseTo(800, 0);
	});

	it('names the row and field of bad input', async () => {
		const rows = history();
		expect(await failure('{not json')).toMatch(/not valid JSON/);
		expect(await failure([])).toMatch(/one JSON object/);
		expect(await failure({ interval_minutes: 7, history: rows, starts })).toMatch(/interval_minutes must be one of 5, 15, 30, 60/);
		expect(await failure({ interval_minutes: 15, starts })).toMatch(/history must be an array/);
		expect(await failure({ interval_minutes: 15, history: rows })).toMatch(/starts must be an array/);
		expect(await failure({ interval_minutes: 15, history: [...rows.slice(0, 3), { start: '2026-01-05 08:45', volume: 1 }], starts })).toMatch(/history\[3\]\.start "2026-01-05 08:45" is not an ISO-8601 instant/);
		expect(await failure({ interval_minutes: 15, history: [...rows.slice(0, 3), { start: '2026-01-05T08:45:00', volume: 1 }], starts })).toMatch(/history\[3\]\.start/);
		expect(await failure({ interval_minutes: 15, history: [...rows.slice(0, 3), { start: '2026-01-05T08:45:00Z', volume: '4' }], starts })).toMatch(/history\[3\] \(2026-01-05T08:45:00Z\) volume must be a finite number/);
		expect(await failure({ interval_minutes: 15, history: [...rows.slice(0, 3), { start: '2026-01-05T08:45:00Z', volume: -4 }], starts })).toMatch(/history\[3\].*volume -4 is negative/);
		expect(await failure({ interval_minutes: 15, history: [rows[1], rows[0], ...rows.slice(2)], starts })).toMatch(/history is not sorted: history\[1\]\.start 2026-01-05T08:00:00.000Z comes before history\[0\]/);
		expect(await failure({ interval_minutes: 15, history: [rows[0], rows[0], ...rows.slice(1)], starts })).toMatch(/history\[1\]\.start .* duplicates history\[0\]/);
		expect(await failure({ interval_minutes: 15, history: [{ start: '2026-01-05T08:07:00Z', volume: 1 }], starts })).toMatch(/history\[0\]\.start .* not aligned to 15-minute intervals/);
		expect(await failure({ interval_minutes: 15, history: rows, starts: ['2026-01-05T09:00:00Z'] })).toMatch(/starts\[0\] .* is not after the history/);
		expect(await failure({ interval_minutes: 15, history: rows, starts: ['2026-02-30T09:00:00Z'] })).toMatch(/starts\[0\] "2026-02-30T09:00:00Z" is not an ISO-8601 instant/);
		expect(await failure({ interval_minutes: 15, history: rows, starts, time_zone: 'Nowhere/Land' })).toMatch(/unknown time zone/);
		expect(await failure({ interval_minutes: 15, history: rows, starts, special_days: ['26/01/2026'] })).toMatch(/special_days\[0\]/);
		expect(await failure({ interval_minutes: 15, history: rows, starts, overrides: [{ day: '2026-01-26' }] })).toMatch(/overrides\[0\] needs exactly one of "multiplier" or "volume"/);
		expect(await failure({ interval_minutes: 15, history: rows, starts, methods: ['prophet'] })).toMatch(/methods must be/);
		expect(await failure({ interval_minutes: 15, history: rows, starts, coverage: 80 })).toMatch(/coverage must be/);
		expect(await failure({ interval_minutes: 15, history: [], starts })).toMatch(/history is empty/);
	});

	it('says which method a short history allowed', async () => {
		const out = (await forecastCommand({ interval_minutes: 15, history: history().slice(0, 80), starts: ['2026-01-08T09:00:00Z'] })) as { method: string; backtest: { notes?: string[] } };
		expect(out.method).toBe('daily_seasonal_naive');
		expect(out.backtest.notes?.join(' ')).toMatch(/too short|need at least/);
	});
});

describe('ISO instants', () => {
	it('needs an explicit offset and a real date', () => {
		expect(parseInstant('2026-01-05T08:00:00Z')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseInstant('2026-01-05T09:00+01:00')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseInstant('2026-01-05T08:00:00.000Z')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseInstant('2026-01-05T08:00:00')).toBeNull();
		expect(parseInstant('2026-13-05T08:00:00Z')).toBeNull();
		expect(parseInstant(12)).toBeNull();
	});
});
