// The forecast engine: validates an interval series, lays it out by local day, backtests every
// candidate method from rolling origins, picks the one with the lowest WAPE, forecasts the requested
// intervals with it and attaches prediction intervals from that method's backtest errors.
// Model selection: rolling-origin evaluation ("time series cross-validation"), Hyndman &
// Athanasopoulos FPP3 §5.10; WAPE as in the glossary. Methods: seasonal_naive and
// daily_seasonal_naive (seasonal-naive.ts), holt_winters_profile and calendar_profile (profile.ts:
// daily level x intraday profile, the level from Holt-Winters or from a calendar regression),
// fourier_regression (fourier-regression.ts), and ensemble, the equal-weight mean of the three
// (forecast combination, Bates & Granger 1969; Clemen 1989).
// Backtest: origins are whole weeks before the real origin (4 by default), each forecasting the same
// lead time and horizon as the request (capped at 8 weeks), so the scored weekdays match the request.
// Conventions: instants are UTC ms; days and weekdays are local to `timeZone`. Closed intervals are
// absent from the history. A requested interval whose weekday and wall-clock slot never held a value
// on an open training day is forecast 0 with interval [0, 0]. Special days are left out of training
// and of backtest scoring (and a special day ahead counts as a closure for calendar_profile);
// overrides apply to the final forecast only (never to the backtest).
// Limits: deterministic, single series; no intraday updating from a partly observed last day (that
// day is left out of training, and its remaining intervals are forecast like any future day).
import { dayNumberOf, everOpen, makeLocator, truncateGrid, weekdayAt, type DayGrid } from './grid';
import { dailySeasonalNaive, weeklySeasonalNaive } from './seasonal-naive';
import { calendarProfile, holtWintersProfile } from './profile';
import { fourierRegression } from './fourier-regression';
import { fitIntervals, intervalFor, normalQuantile, wape, type Aggregate, type IntervalModel } from './intervals';

export const forecastMethods = ['seasonal_naive', 'daily_seasonal_naive', 'holt_winters_profile', 'calendar_profile', 'fourier_regression', 'ensemble'] as const;
export type ForecastMethod = (typeof forecastMethods)[number];

/** Training days a method needs at an origin (weekly methods: two weeks, as Holt-Winters initialises on two seasons). */
const minimumDays: Record<ForecastMethod, number> = {
	daily_seasonal_naive: 1,
	seasonal_naive: 7,
	holt_winters_profile: 14,
	calendar_profile: 14,
	fourier_regression: 14,
	ensemble: 14
};

export interface SeriesPoint {
	/** Interval start, UTC ms. */
	start: number;
	value: number;
}

export type DayOverride = { day: string; multiplier: number } | { day: string; value: number };

export interface ForecastRequest {
	intervalMinutes: number;
	/** Strictly increasing starts; closed intervals simply absent. */
	history: readonly SeriesPoint[];
	/** Future interval starts (UTC ms), any order; the result keeps this order. */
	starts: readonly number[];
	/** IANA zone for days and weekdays; default 'UTC'. */
	timeZone?: string;
	/** Local days 'YYYY-MM-DD' left out of training and scoring (holidays, outages). */
	specialDays?: readonly string[];
	/** Per local day: multiply the forecast, or set the day's total (sum) / mean (mean) to `value`. */
	overrides?: readonly DayOverride[];
	/** 'sum' for volumes (day level = total), 'mean' for averages such as AHT (day level = mean). */
	aggregate?: Aggregate;
	/** Central coverage of the prediction interval, default 0.8 (10th to 90th percentile). */
	coverage?: number;
	/** Candidate methods, default all. */
	methods?: readonly ForecastMethod[];
	/** Number of backtest origins, default 4 (one week apart). */
	origins?: number;
}

export interface ForecastPoint {
	start: number;
	value: number;
	lower: number;
	upper: number;
}

export interface BacktestSummary {
	/** The chosen method's WAPE; null when no backtest was possible or the actuals summed to 0. */
	wape: number | null;
	/** WAPE of every method evaluated (same cells for all). */
	methods: Partial<Record<ForecastMethod, number | null>>;
	origins: number;
	/** Days forecast from each origin, counting any gap before the first requested day. */
	horizonDays: number;
	/** Actual intervals scored per method. */
	intervals: number;
}

export interface ForecastResult {
	method: ForecastMethod;
	points: ForecastPoint[];
	backtest: BacktestSummary;
	notes: string[];
}

/** Bad input; `field` names the offending part of the request (e.g. 'history[3].start'). */
export class ForecastInputError extends Error {
	constructor(
		message: string,
		readonly field: string
	) {
		super(message);
		this.name = 'ForecastInputError';
	}
}

const MAX_DAYS = 5 * 366;
const BACKTEST_SPAN_DAYS = 56;

function iso(ms: number): string {
	return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms);
}

interface Layout {
	grid: DayGrid;
	/** Training days [0, origin). */
	origin: number;
	/** Grid cell of each requested start. */
	cells: Int32Array;
	firstRequestedDay: number;
	lastRequestedDay: number;
}

function layout(request: ForecastRequest): Layout {
	const { intervalMinutes, history, starts } = request;
	if (!Number.isInteger(intervalMinutes) || intervalMinutes <= 0 || 1440 % intervalMinutes !== 0) {
		throw new ForecastInputError(`interval length must be a whole number of minutes dividing a day (e.g. 5, 15, 30, 60), got ${intervalMinutes}`, 'interval_minutes');
	}
	const timeZone = request.timeZone ?? 'UTC';
	try {
		new Intl.DateTimeFormat('en', { timeZone });
	} catch {
		throw new ForecastInputError(`unknown time zone "${timeZone}"`, 'time_zone');
	}
	if (history.length === 0) throw new ForecastInputError('history is empty: at least one interval is needed', 'history');
	const slots = 1440 / intervalMinutes;
	const locate = makeLocator(intervalMinutes, timeZone);
	const dayOf = new Int32Array(history.length);
	const slotOf = new Int32Array(history.length);
	for (let i = 0; i < history.length; i++) {
		const { start, value } = history[i]!;
		if (!Number.isFinite(start)) throw new ForecastInputError(`history[${i}].start is not a valid instant`, `history[${i}].start`);
		if (!Number.isFinite(value)) throw new ForecastInputError(`history[${i}] (${iso(start)}) value is not a finite number`, `history[${i}].value`);
		if (value < 0) throw new ForecastInputError(`history[${i}] (${iso(start)}) value ${value} is negative`, `history[${i}].value`);
		if (i > 0) {
			const previous = history[i - 1]!.start;
			if (start === previous) throw new ForecastInputError(`history[${i}].start ${iso(start)} duplicates history[${i - 1}]`, `history[${i}].start`);
			if (start < previous) throw new ForecastInputError(`history is not sorted: history[${i}].start ${iso(start)} comes before history[${i - 1}].start ${iso(previous)}`, `history[${i}].start`);
		}
		const cell = locate(start);
		if (!cell.aligned) throw new ForecastInputError(`history[${i}].start ${iso(start)} is not aligned to ${intervalMinutes}-minute intervals (in ${timeZone})`, `history[${i}].start`);
		dayOf[i] = cell.dayNumber;
		slotOf[i] = cell.slot;
	}
	const lastHistoryStart = history[history.length - 1]!.start;
	const firstDay = dayOf[0]!;
	const lastHistoryDay = dayOf[history.length - 1]! - firstDay;
	const requested = new Int32Array(starts.length);
	let firstRequestedDay = Number.POSITIVE_INFINITY;
	let lastRequestedDay = Number.NEGATIVE_INFINITY;
	for (let i = 0; i < starts.length; i++) {
		const start = starts[i]!;
		if (!Number.isFinite(start)) throw new ForecastInputError(`starts[${i}] is not a valid instant`, `starts[${i}]`);
		if (start <= lastHistoryStart) throw new ForecastInputError(`starts[${i}] ${iso(start)} is not after the history, which ends at ${iso(lastHistoryStart)}`, `starts[${i}]`);
		const cell = locate(start);
		if (!cell.aligned) throw new ForecastInputError(`starts[${i}] ${iso(start)} is not aligned to ${intervalMinutes}-minute intervals (in ${timeZone})`, `starts[${i}]`);
		const day = cell.dayNumber - firstDay;
		requested[i] = day * slots + cell.slot;
		firstRequestedDay = Math.min(firstRequestedDay, day);
		lastRequestedDay = Math.max(lastRequestedDay, day);
	}
	if (starts.length === 0) {
		// Nothing requested: still backtest one week ahead so the caller learns the expected accuracy.
		firstRequestedDay = lastHistoryDay + 1;
		lastRequestedDay = lastHistoryDay + 7;
	}
	const days = lastRequestedDay + 1;
	if (days > MAX_DAYS) throw new ForecastInputError(`history plus horizon span ${days} days; at most ${MAX_DAYS} are supported`, 'starts');
	// A requested start on the last history day means that day is only partly observed: train before it.
	const origin = firstRequestedDay === lastHistoryDay ? lastHistoryDay : lastHistoryDay + 1;
	const values = new Float64Array(days * slots).fill(Number.NaN);
	const counts = new Uint8Array(days * slots);
	for (let i = 0; i < history.length; i++) {
		const cell = (dayOf[i]! - firstDay) * slots + slotOf[i]!;
		// Two UTC intervals on one wall-clock cell happen only in the repeated hour of a DST change: average them.
		values[cell] = counts[cell]! === 0 ? history[i]!.value : (values[cell]! * counts[cell]! + history[i]!.value) / (counts[cell]! + 1);
		counts[cell] = counts[cell]! + 1;
	}
	const special = new Set<number>();
	(request.specialDays ?? []).forEach((day, i) => {
		if (!isDay(day)) throw new ForecastInputError(`special_days[${i}] "${day}" is not a date YYYY-MM-DD`, `special_days[${i}]`);
		special.add(dayNumberOf(day) - firstDay);
	});
	const open = new Uint8Array(days);
	const specialDays = new Uint8Array(days);
	for (const d of special) if (d >= 0 && d < days) specialDays[d] = 1;
	for (let d = 0; d < origin; d++) {
		if (specialDays[d]) continue;
		for (let s = d * slots; s < (d + 1) * slots; s++) {
			if (counts[s]! > 0) {
				open[d] = 1;
				break;
			}
		}
	}
	return { grid: { slots, firstDay, days, values, open, special: specialDays }, origin, cells: requested, firstRequestedDay, lastRequestedDay };
}

function isDay(day: unknown): day is string {
	if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type Forecasts = Partial<Record<ForecastMethod, Float64Array>>;

/** The equal-weight combination's members. */
const ensembleMembers: ForecastMethod[] = ['holt_winters_profile', 'calendar_profile', 'fourier_regression'];

/** Every method's forecast for `horizon` days after the training view, closed cells zeroed. */
function runMethods(train: DayGrid, horizon: number, methods: readonly ForecastMethod[], aggregate: Aggregate): Forecasts {
	const out: Forecasts = {};
	const want = new Set(methods);
	const needs = (m: ForecastMethod) => want.has(m) || (want.has('ensemble') && ensembleMembers.includes(m));
	if (needs('seasonal_naive')) out.seasonal_naive = weeklySeasonalNaive(train, horizon);
	if (needs('daily_seasonal_naive')) out.daily_seasonal_naive = dailySeasonalNaive(train, horizon);
	if (needs('holt_winters_profile')) out.holt_winters_profile = holtWintersProfile(train, horizon, aggregate);
	if (needs('calendar_profile')) out.calendar_profile = calendarProfile(train, horizon, aggregate);
	if (needs('fourier_regression')) out.fourier_regression = fourierRegression(train, horizon, aggregate);
	if (want.has('ensemble')) {
		const members = ensembleMembers.map((m) => out[m]!);
		const mix = new Float64Array(horizon * train.slots);
		for (const member of members) for (let i = 0; i < mix.length; i++) mix[i] = mix[i]! + member[i]! / members.length;
		out.ensemble = mix;
	}
	for (const m of ensembleMembers) if (!want.has(m)) delete out[m];
	// A weekday-and-slot never open in training is closed: forecast exactly 0.
	const seen = everOpen(train);
	const { slots } = train;
	for (const f of Object.values(out)) {
		for (let h = 0; h < horizon; h++) {
			const base = weekdayAt(train, train.days + h) * slots;
			for (let s = 0; s < slots; s++) if (!seen[base + s] || !Number.isFinite(f[h * slots + s]!)) f[h * slots + s] = 0;
		}
	}
	return out;
}

interface BacktestPlan {
	origins: number[];
	/** Days from an origin to the first scored day. */
	gap: number;
	/** Days scored after the gap. */
	length: number;
}

/**
 * Origins are whole weeks before the real one, so each backtest forecasts the same weekdays with the
 * same lead time as the request (the span capped at 8 weeks). An origin needs 14 training days; with
 * less history, shorter plans follow (one origin after the first 14 or 7 days, then the last day).
 */
function planBacktest(origin: number, gap: number, length: number, count: number): BacktestPlan {
	const cappedLength = Math.max(1, Math.min(length, BACKTEST_SPAN_DAYS));
	const cappedGap = Math.max(0, Math.min(gap, BACKTEST_SPAN_DAYS - cappedLength));
	const weeks = Math.ceil((cappedGap + cappedLength) / 7);
	const origins: number[] = [];
	for (let j = 0; j < count; j++) {
		const o = origin - 7 * (weeks + j);
		if (o >= 14) origins.push(o);
	}
	if (origins.length > 0) return { origins, gap: cappedGap, length: cappedLength };
	for (const minimum of [14, 7]) {
		if (origin > minimum) return { origins: [Math.max(minimum, origin - 7)], gap: 0, length: Math.min(7, origin - Math.max(minimum, origin - 7)) };
	}
	if (origin >= 2) return { origins: [origin - 1], gap: 0, length: 1 };
	return { origins: [], gap: 0, length: 0 };
}

interface Scored {
	forecasts: number[];
	actuals: number[];
}

export function forecast(request: ForecastRequest): ForecastResult {
	const aggregate = request.aggregate ?? 'sum';
	const coverage = request.coverage ?? 0.8;
	if (!(coverage > 0 && coverage < 1)) throw new ForecastInputError(`coverage must be between 0 and 1, got ${coverage}`, 'coverage');
	const candidates = request.methods ?? forecastMethods;
	if (candidates.length === 0) throw new ForecastInputError('methods is empty', 'methods');
	for (const m of candidates) if (!forecastMethods.includes(m)) throw new ForecastInputError(`unknown method "${m}"; known: ${forecastMethods.join(', ')}`, 'methods');
	const { grid, origin, cells, firstRequestedDay, lastRequestedDay } = layout(request);
	const overrides = parseOverrides(request.overrides ?? [], grid.firstDay);
	const notes: string[] = [];
	const { slots } = grid;

	// Which methods the history allows at all.
	const available = candidates.filter((m) => minimumDays[m] <= origin);
	if (available.length === 0) {
		const fallback: ForecastMethod = origin >= 7 ? 'seasonal_naive' : 'daily_seasonal_naive';
		available.push(fallback);
		notes.push(`history spans ${origin} day(s), too short for ${candidates.join(', ')}; used ${fallback}`);
	} else if (available.length < candidates.length) {
		const skipped = candidates.filter((m) => !available.includes(m));
		notes.push(`history spans ${origin} day(s): ${skipped.join(', ')} need at least ${Math.min(...skipped.map((m) => minimumDays[m]))} days and were skipped`);
	}

	// Rolling-origin backtest.
	const gap = firstRequestedDay - origin;
	const length = lastRequestedDay - firstRequestedDay + 1;
	const plan = planBacktest(origin, gap, length, request.origins ?? 4);
	const scored: Partial<Record<ForecastMethod, Scored>> = {};
	let usedOrigins = 0;
	let selectable = available;
	if (plan.origins.length > 0) {
		const earliest = Math.min(...plan.origins);
		selectable = available.filter((m) => minimumDays[m] <= earliest);
		if (selectable.length === 0) selectable = available.filter((m) => m === 'daily_seasonal_naive' || m === 'seasonal_naive').slice(0, 1);
		if (selectable.length < available.length) notes.push(`backtest origins have ${earliest} training days: only ${selectable.join(', ') || 'none'} could be backtested`);
		for (const m of selectable) scored[m] = { forecasts: [], actuals: [] };
		for (const o of plan.origins) {
			const horizon = plan.gap + plan.length;
			const train = truncateGrid(grid, o);
			const forecasts = runMethods(train, horizon, selectable, aggregate);
			let any = false;
			for (let h = plan.gap; h < horizon && o + h < origin; h++) {
				const d = o + h;
				if (!grid.open[d]) continue; // closed and special days are not scored
				for (let s = 0; s < slots; s++) {
					const actual = grid.values[d * slots + s]!;
					if (Number.isNaN(actual)) continue;
					any = true;
					for (const m of selectable) {
						scored[m]!.forecasts.push(forecasts[m]![h * slots + s]!);
						scored[m]!.actuals.push(actual);
					}
				}
			}
			if (any) usedOrigins++;
		}
	}

	const methodWape: Partial<Record<ForecastMethod, number | null>> = {};
	let chosen: ForecastMethod = selectable[0] ?? available[0]!;
	let bestError = Number.POSITIVE_INFINITY;
	const scoredCount = scored[chosen]?.actuals.length ?? 0;
	if (scoredCount > 0) {
		for (const m of selectable) {
			const { forecasts, actuals } = scored[m]!;
			methodWape[m] = wape(forecasts, actuals);
			let error = 0;
			for (let i = 0; i < forecasts.length; i++) error += Math.abs(forecasts[i]! - actuals[i]!);
			// Same cells for every method, so the lowest absolute error is the lowest WAPE; ties keep the simpler (earlier) method.
			if (error < bestError) {
				bestError = error;
				chosen = m;
			}
		}
	} else {
		if (available.length > 1) {
			// Nothing could be scored: prefer the simplest available method.
			chosen = available.includes('seasonal_naive') ? 'seasonal_naive' : available[0]!;
		}
		notes.push('no backtest was possible: intervals are Poisson approximations (sum) or the point forecast (mean)');
	}

	// Final fit on all training days.
	const horizon = grid.days - origin;
	const train = truncateGrid(grid, origin);
	const final = runMethods(train, horizon, [chosen], aggregate)[chosen]!;
	let intervals: IntervalModel | null = null;
	if (scoredCount > 0) intervals = fitIntervals(scored[chosen]!.forecasts, scored[chosen]!.actuals, coverage, aggregate);
	const lower = new Float64Array(final.length);
	const upper = new Float64Array(final.length);
	const z = normalQuantile(0.5 + coverage / 2);
	for (let i = 0; i < final.length; i++) {
		const f = final[i]!;
		if (f === 0) continue; // closed: [0, 0]
		if (intervals) [lower[i], upper[i]] = intervalFor(intervals, f);
		else if (aggregate === 'sum') {
			lower[i] = Math.max(0, f - z * Math.sqrt(f));
			upper[i] = f + z * Math.sqrt(f);
		} else {
			lower[i] = f;
			upper[i] = f;
		}
	}
	applyOverrides(overrides, final, lower, upper, origin, horizon, slots, cells, aggregate);

	const points: ForecastPoint[] = request.starts.map((start, i) => {
		const k = cells[i]! - origin * slots;
		return { start, value: clean(final[k]!), lower: clean(lower[k]!), upper: clean(upper[k]!) };
	});
	const chosenWape = methodWape[chosen];
	return {
		method: chosen,
		points,
		backtest: {
			wape: chosenWape === undefined ? null : chosenWape,
			methods: methodWape,
			origins: usedOrigins,
			horizonDays: plan.origins.length > 0 ? plan.gap + plan.length : 0,
			intervals: scoredCount
		},
		notes
	};
}

function clean(v: number): number {
	return Number.isFinite(v) && v > 0 ? v : 0;
}

interface ParsedOverride {
	day: number;
	multiplier?: number;
	value?: number;
}

function parseOverrides(overrides: readonly DayOverride[], firstDay: number): ParsedOverride[] {
	const seen = new Set<string>();
	return overrides.map((o, i) => {
		const field = `overrides[${i}]`;
		if (!o || typeof o !== 'object') throw new ForecastInputError(`${field} must be an object with day and multiplier or value`, field);
		if (!isDay(o.day)) throw new ForecastInputError(`${field}.day "${String(o.day)}" is not a date YYYY-MM-DD`, `${field}.day`);
		if (seen.has(o.day)) throw new ForecastInputError(`${field}.day ${o.day} has another override already`, `${field}.day`);
		seen.add(o.day);
		const hasMultiplier = 'multiplier' in o && o.multiplier !== undefined;
		const hasValue = 'value' in o && o.value !== undefined;
		if (hasMultiplier === hasValue) throw new ForecastInputError(`${field} needs exactly one of multiplier or value`, field);
		const number = hasMultiplier ? (o as { multiplier: number }).multiplier : (o as { value: number }).value;
		const name = hasMultiplier ? 'multiplier' : 'value';
		if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) throw new ForecastInputError(`${field}.${name} must be a finite number >= 0`, `${field}.${name}`);
		return { day: dayNumberOf(o.day) - firstDay, ...(hasMultiplier ? { multiplier: number } : { value: number }) };
	});
}

/**
 * Multiplier: every interval of the day and its bounds scale by it. Value: the day's forecast is scaled
 * so its total (sum) or mean over forecast-open intervals (mean) equals the value; a day forecast
 * entirely closed gets the value spread evenly over its requested intervals. Days outside the
 * horizon are ignored.
 */
function applyOverrides(overrides: ParsedOverride[], f: Float64Array, lower: Float64Array, upper: Float64Array, origin: number, horizon: number, slots: number, cells: Int32Array, aggregate: Aggregate): void {
	for (const o of overrides) {
		const h = o.day - origin;
		if (h < 0 || h >= horizon) continue;
		const from = h * slots;
		let factor: number;
		if (o.multiplier !== undefined) factor = o.multiplier;
		else {
			let total = 0;
			let open = 0;
			for (let k = from; k < from + slots; k++) {
				total += f[k]!;
				if (f[k]! > 0) open++;
			}
			const level = aggregate === 'sum' ? total : open > 0 ? total / open : 0;
			if (level > 0) factor = o.value! / level;
			else {
				const mine: number[] = [];
				for (const c of cells) {
					const k = c - origin * slots;
					if (k >= from && k < from + slots && !mine.includes(k)) mine.push(k);
				}
				const each = aggregate === 'sum' && mine.length > 0 ? o.value! / mine.length : o.value!;
				for (const k of mine) f[k] = lower[k] = upper[k] = each;
				continue;
			}
		}
		for (let k = from; k < from + slots; k++) {
			f[k] = f[k]! * factor;
			lower[k] = lower[k]! * factor;
			upper[k] = upper[k]! * factor;
		}
	}
}
