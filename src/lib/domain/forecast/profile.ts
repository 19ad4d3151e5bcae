// Intraday profile x daily level ("top-down" intraday forecasting).
// Model: forecast(day, slot) = level(day) x profile(weekday, slot). The daily level is the day's total
// (volume) or mean (AHT), forecast by Holt-Winters with a weekly season (holt-winters.ts:
// holt_winters_profile) or by a calendar regression (calendar-levels.ts: calendar_profile). The
// profile of a weekday is the share of the day's volume falling in each interval, estimated as a
// ratio of exponentially weighted sums over the last 12 open days of that weekday (weight 0.9 per
// week back), smoothed once with a [1, 2, 1] / 4 kernel over neighbouring open intervals to damp
// Poisson noise, so it sums to 1 (for means: the ratio to the day's mean, averaging 1 over the slots
// it covers). Those settings were chosen on backtests inside training data only (see bench/forecast.md).
// Source: the "top-down" approach to intraday call forecasting with fixed intraday proportions,
// Gans, Koole & Mandelbaum (2003) Telephone call centers: tutorial, review and research prospects,
// MSOM 5(2) §4; Taylor (2008) Management Science 54(2) for exponential smoothing of call arrivals.
// Limits: the within-day shape is assumed to repeat by weekday (a shape change takes a few weeks to be
// learned); an interval's forecast cannot react to the same day's early intervals (no intraday update).
import { dayLevels, weekdayAt, type DayGrid } from './grid';
import { fitHoltWinters, forecastHoltWinters } from './holt-winters';
import { calendarLevels } from './calendar-levels';

export interface ProfileOptions {
	/** How many most recent open days of the weekday to use. */
	weeks: number;
	/** Weight of each older week relative to the next newer one (1 = plain average). */
	decay: number;
	/** Passes of a [1, 2, 1] / 4 smoother over neighbouring open slots (0 = none). */
	smooth?: number;
}

export const defaultProfileOptions: ProfileOptions = { weeks: 12, decay: 0.9, smooth: 1 };

/**
 * Profiles per weekday: `out[w * slots + s]`. A weekday with no open day borrows the profile pooled
 * over all weekdays of the same recent weeks; with no open day at all every profile is 0.
 */
export function weekdayProfiles(train: DayGrid, aggregate: 'sum' | 'mean', options: ProfileOptions = defaultProfileOptions): Float64Array {
	const { slots, values } = train;
	const levels = dayLevels(train, aggregate);
	const out = new Float64Array(7 * slots);
	const numerators = new Float64Array(8 * slots); // row 7: pooled over weekdays
	const denominators = new Float64Array(8 * slots);
	const seen = new Int32Array(7);
	for (let d = train.days - 1; d >= 0; d--) {
		if (!train.open[d]) continue;
		const w = weekdayAt(train, d);
		const level = levels[d]!;
		const age = Math.floor((train.days - 1 - d) / 7);
		const pooled = age < options.weeks;
		const own = seen[w]! < options.weeks;
		if (!own && !pooled) continue;
		if (!(level > 0)) {
			if (own) seen[w] = seen[w]! + 1;
			continue;
		}
		const ownWeight = Math.pow(options.decay, seen[w]!);
		const pooledWeight = Math.pow(options.decay, age);
		for (let s = 0; s < slots; s++) {
			const v = values[d * slots + s]!;
			// A closed interval on an open day contributes 0 to a share; for means it is simply not seen.
			if (Number.isNaN(v) && aggregate === 'mean') continue;
			const y = Number.isNaN(v) ? 0 : v;
			if (own) {
				numerators[w * slots + s] = numerators[w * slots + s]! + ownWeight * y;
				denominators[w * slots + s] = denominators[w * slots + s]! + ownWeight * level;
			}
			if (pooled) {
				numerators[7 * slots + s] = numerators[7 * slots + s]! + pooledWeight * y;
				denominators[7 * slots + s] = denominators[7 * slots + s]! + pooledWeight * level;
			}
		}
		if (own) seen[w] = seen[w]! + 1;
	}
	for (let w = 0; w < 7; w++) {
		const row = seen[w]! > 0 ? w : 7;
		let total = 0;
		let covered = 0;
		for (let s = 0; s < slots; s++) {
			const den = denominators[row * slots + s]!;
			const share = den > 0 ? numerators[row * slots + s]! / den : 0;
			out[w * slots + s] = share;
			total += share;
			if (den > 0) covered++;
		}
		for (let pass = 0; pass < (options.smooth ?? 0); pass++) {
			const row = out.slice(w * slots, (w + 1) * slots);
			for (let s = 0; s < slots; s++) {
				if (!(row[s]! > 0)) continue;
				const left = s > 0 && row[s - 1]! > 0 ? row[s - 1]! : row[s]!;
				const right = s < slots - 1 && row[s + 1]! > 0 ? row[s + 1]! : row[s]!;
				out[w * slots + s] = (left + 2 * row[s]! + right) / 4;
			}
			total = 0;
			for (let s = 0; s < slots; s++) total += out[w * slots + s]!;
		}
		// Renormalise: shares sum to 1; ratios to the mean average 1 over covered slots.
		const target = aggregate === 'sum' ? 1 : covered;
		if (total > 0) for (let s = 0; s < slots; s++) out[w * slots + s] = (out[w * slots + s]! * target) / total;
	}
	return out;
}

/** Daily level forecast for the horizon by Holt-Winters; falls back to the weekday mean of the last weeks. */
export function forecastDayLevels(train: DayGrid, aggregate: 'sum' | 'mean', horizon: number): Float64Array {
	const levels = dayLevels(train, aggregate);
	// Skip leading days before the first open day so initialisation sees data.
	let first = 0;
	while (first < train.days && Number.isNaN(levels[first]!)) first++;
	// The series starts on the first open day's weekday alignment: keep whole weeks so phase = weekday.
	first -= first % 7;
	const series = levels.subarray(first);
	if (series.length >= 14) {
		const fit = fitHoltWinters(series, 7);
		if (fit) return forecastHoltWinters(fit, horizon);
	}
	// Too short for Holt-Winters: mean of the same weekday (or of all open days) so far.
	const out = new Float64Array(horizon);
	let all = 0;
	let allN = 0;
	const byDay = new Float64Array(7);
	const byDayN = new Float64Array(7);
	for (let d = 0; d < train.days; d++) {
		const v = levels[d]!;
		if (Number.isNaN(v)) continue;
		byDay[weekdayAt(train, d)] = byDay[weekdayAt(train, d)]! + v;
		byDayN[weekdayAt(train, d)] = byDayN[weekdayAt(train, d)]! + 1;
		all += v;
		allN++;
	}
	for (let h = 0; h < horizon; h++) {
		const w = weekdayAt(train, train.days + h);
		out[h] = byDayN[w]! > 0 ? byDay[w]! / byDayN[w]! : allN > 0 ? all / allN : 0;
	}
	return out;
}

/** Daily levels x weekday profile, for every slot of the horizon's days. */
export function levelsTimesProfile(train: DayGrid, levels: Float64Array, aggregate: 'sum' | 'mean', options: ProfileOptions = defaultProfileOptions): Float64Array {
	const { slots } = train;
	const horizon = levels.length;
	const profiles = weekdayProfiles(train, aggregate, options);
	const out = new Float64Array(horizon * slots);
	for (let h = 0; h < horizon; h++) {
		const w = weekdayAt(train, train.days + h);
		const level = levels[h]!;
		for (let s = 0; s < slots; s++) out[h * slots + s] = level * profiles[w * slots + s]!;
	}
	return out;
}

/** Holt-Winters daily level x weekday profile. */
export function holtWintersProfile(train: DayGrid, horizon: number, aggregate: 'sum' | 'mean' = 'sum'): Float64Array {
	return levelsTimesProfile(train, forecastDayLevels(train, aggregate, horizon), aggregate);
}

/** Calendar-regression daily level x weekday profile; known special days ahead feed the post-closure effect. */
export function calendarProfile(train: DayGrid, horizon: number, aggregate: 'sum' | 'mean' = 'sum'): Float64Array {
	const special = train.special;
	const levels = calendarLevels(train, horizon, aggregate, (d) => special?.[d] === 1);
	return levelsTimesProfile(train, levels, aggregate);
}
