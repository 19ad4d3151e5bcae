// Seasonal naive forecasts: each future interval repeats an earlier observed one.
// Model: weekly — the same interval one week earlier, going back whole weeks while that day was
// closed or a special day; daily — the same interval of the last open day before the origin, repeated
// for the whole horizon. Source: Hyndman & Athanasopoulos, Forecasting: Principles and Practice,
// 3rd ed., §5.2 ("seasonal naive method").
// Limits: no trend or level adaptation, carries last week's noise one-for-one (its error is about
// sqrt(2) times the interval's own noise); an interval closed on the copied day (absent on an open
// day) is forecast 0. The daily variant ignores weekday differences entirely.
import type { DayGrid } from './grid';

/** Latest open day before `before` with the same weekday as day `d` (d itself may be in the future). */
function sameWeekdayOpenDay(train: DayGrid, d: number): number {
	let back = d - 7 * Math.max(1, Math.ceil((d - train.days + 1) / 7));
	while (back >= 0 && !train.open[back]) back -= 7;
	return back;
}

function lastOpenDay(train: DayGrid): number {
	for (let d = train.days - 1; d >= 0; d--) if (train.open[d]) return d;
	return -1;
}

function copyDay(train: DayGrid, from: number, out: Float64Array, h: number): void {
	const { slots, values } = train;
	for (let s = 0; s < slots; s++) {
		const v = values[from * slots + s]!;
		out[h * slots + s] = Number.isNaN(v) ? 0 : v;
	}
}

/** Weekly seasonal naive for days train.days ... train.days + horizon - 1 (every slot). */
export function weeklySeasonalNaive(train: DayGrid, horizon: number): Float64Array {
	const out = new Float64Array(horizon * train.slots);
	const fallback = lastOpenDay(train);
	for (let h = 0; h < horizon; h++) {
		const d = train.days + h;
		let from = sameWeekdayOpenDay(train, d);
		// No earlier open day of this weekday: the last open day is the best that is known.
		if (from < 0) from = fallback;
		if (from >= 0) copyDay(train, from, out, h);
	}
	return out;
}

/** Daily seasonal naive: the last open day, repeated. */
export function dailySeasonalNaive(train: DayGrid, horizon: number): Float64Array {
	const out = new Float64Array(horizon * train.slots);
	const from = lastOpenDay(train);
	if (from >= 0) for (let h = 0; h < horizon; h++) copyDay(train, from, out, h);
	return out;
}
