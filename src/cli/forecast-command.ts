// `tend forecast`: forecast offered volume per interval from an interval history (JSON in, JSON out).
// Input:  {"interval_minutes":5,"history":[{"start":"2026-01-05T08:00:00Z","volume":123}],"starts":["..."],
//          optional "time_zone" (IANA, default UTC: days and weekdays for the seasonality),
//          "special_days" (["YYYY-MM-DD"], left out of training), "overrides"
//          ([{"day":"YYYY-MM-DD","multiplier":0.5} or {"day":"YYYY-MM-DD","volume":1200}]),
//          "coverage" (prediction interval coverage, default 0.8), "methods" (candidate method names)}
// Output: {"method":"...","forecast":[{"start":"...","volume":118.2,"lower":95,"upper":141.3}],
//          "backtest":{"wape":0.071,"methods":{...},"origins":4,"horizon_days":7,"intervals":..., "notes":[...]}}
// Each forecast start is echoed exactly as given, in the request's order. Values are rounded to 0.01.
import { CliError } from './cli-error';
import { forecast, ForecastInputError, forecastMethods, type DayOverride, type ForecastMethod, type SeriesPoint } from '$lib/domain/forecast/engine';

const INTERVALS = [5, 15, 30, 60];
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Milliseconds of an ISO-8601 instant with an explicit offset, or null when it is not one (or not a real date). */
export function parseInstant(text: unknown): number | null {
	if (typeof text !== 'string') return null;
	const m = INSTANT.exec(text);
	if (!m) return null;
	const [, y, mo, d, h, mi, s] = m;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)));
	if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || date.getUTCHours() !== Number(h) || date.getUTCMinutes() !== Number(mi)) return null;
	const ms = Date.parse(text);
	return Number.isFinite(ms) ? ms : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const round = (x: number, digits = 2) => {
	const r = Math.round(x * 10 ** digits) / 10 ** digits;
	return Number.isFinite(r) ? r : 0;
};

function readInput(input: unknown): Record<string, unknown> {
	let value = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch {
			throw new CliError('forecast reads one JSON object on stdin; the input is not valid JSON');
		}
	}
	if (!isRecord(value)) throw new CliError('forecast reads one JSON object: {"interval_minutes":..,"history":[..],"starts":[..]}');
	return value;
}

export async function forecastCommand(input: unknown): Promise<unknown> {
	const body = readInput(input);
	const intervalMinutes = body.interval_minutes;
	if (typeof intervalMinutes !== 'number' || !INTERVALS.includes(intervalMinutes)) {
		throw new CliError(`interval_minutes must be one of ${INTERVALS.join(', ')}, got ${JSON.stringify(intervalMinutes) ?? 'nothing'}`);
	}
	if (!Array.isArray(body.history)) throw new CliError('history must be an array of {"start": ISO instant, "volume": number}');
	if (!Array.isArray(body.starts)) throw new CliError('starts must be an array of ISO instants (the intervals to forecast)');
	const history: SeriesPoint[] = body.history.map((row: unknown, i: number) => {
		if (!isRecord(row)) throw new CliError(`history[${i}] must be an object {"start": ..., "volume": ...}`);
		const start = parseInstant(row.start);
		if (start === null) throw new CliError(`history[${i}].start ${JSON.stringify(row.start) ?? 'is missing and'} is not an ISO-8601 instant (e.g. 2026-01-05T08:00:00Z)`);
		const volume = row.volume;
		if (typeof volume !== 'number' || !Number.isFinite(volume)) throw new CliError(`history[${i}] (${String(row.start)}) volume must be a finite number, got ${JSON.stringify(volume) ?? 'nothing'}`);
		if (volume < 0) throw new CliError(`history[${i}] (${String(row.start)}) volume ${volume} is negative`);
		return { start, value: volume };
	});
	const starts = body.starts.map((text: unknown, i: number) => {
		const start = parseInstant(text);
		if (start === null) throw new CliError(`starts[${i}] ${JSON.stringify(text) ?? 'nothing'} is not an ISO-8601 instant (e.g. 2026-01-05T08:00:00Z)`);
		return start;
	});
	const timeZone = body.time_zone;
	if (timeZone !== undefined && typeof timeZone !== 'string') throw new CliError('time_zone must be an IANA zone name such as "Europe/Paris"');
	const specialDays = body.special_days;
	if (specialDays !== undefined && (!Array.isArray(specialDays) || specialDays.some((d) => typeof d !== 'string'))) throw new CliError('special_days must be an array of dates "YYYY-MM-DD"');
	const coverage = body.coverage;
	if (coverage !== undefined && (typeof coverage !== 'number' || !(coverage > 0 && coverage < 1))) throw new CliError(`coverage must be a number between 0 and 1 (e.g. 0.8), got ${JSON.stringify(coverage)}`);
	const methods = body.methods;
	if (methods !== undefined && (!Array.isArray(methods) || methods.length === 0 || methods.some((m) => !forecastMethods.includes(m as ForecastMethod)))) {
		throw new CliError(`methods must be a non-empty array of: ${forecastMethods.join(', ')}`);
	}
	const overrides = parseOverrides(body.overrides);

	let result;
	try {
		result = forecast({
			intervalMinutes,
			history,
			starts,
			...(timeZone !== undefined ? { timeZone } : {}),
			...(specialDays !== undefined ? { specialDays: specialDays as string[] } : {}),
			...(overrides ? { overrides } : {}),
			...(coverage !== undefined ? { coverage } : {}),
			...(methods !== undefined ? { methods: methods as ForecastMethod[] } : {})
		});
	} catch (error) {
		if (error instanceof ForecastInputError) throw new CliError(error.message);
		throw error;
	}
	const rawStarts = body.starts as string[];
	return {
		method: result.method,
		forecast: result.points.map((p, i) => ({ start: rawStarts[i], volume: round(p.value), lower: round(p.lower), upper: round(p.upper) })),
		backtest: {
			wape: result.backtest.wape === null ? null : round(result.backtest.wape, 4),
			methods: Object.fromEntries(Object.entries(result.backtest.methods).map(([m, w]) => [m, w === null || w === undefined ? null : round(w, 4)])),
			origins: result.backtest.origins,
			horizon_days: result.backtest.horizonDays,
			intervals: result.backtest.intervals,
			...(result.notes.length > 0 ? { notes: result.notes } : {})
		}
	};
}

function parseOverrides(raw: unknown): DayOverride[] | undefined {
	if (raw === undefined) return undefined;
	if (!Array.isArray(raw)) throw new CliError('overrides must be an array of {"day": "YYYY-MM-DD", "multiplier": number} or {"day": ..., "volume": number}');
	return raw.map((o: unknown, i: number) => {
		if (!isRecord(o) || typeof o.day !== 'string') throw new CliError(`overrides[${i}] must be {"day": "YYYY-MM-DD", "multiplier": number} or {"day": ..., "volume": number}`);
		const hasMultiplier = o.multiplier !== undefined;
		const hasVolume = o.volume !== undefined;
		if (hasMultiplier === hasVolume) throw new CliError(`overrides[${i}] needs exactly one of "multiplier" or "volume"`);
		const number = hasMultiplier ? o.multiplier : o.volume;
		if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) throw new CliError(`overrides[${i}].${hasMultiplier ? 'multiplier' : 'volume'} must be a finite number >= 0`);
		return hasMultiplier ? { day: o.day, multiplier: number } : { day: o.day, value: number };
	});
}
