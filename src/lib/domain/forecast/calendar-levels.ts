// Daily level (total or mean) from a calendar regression.
// Model: log(1 + level) = weekday effect + month-turn effects (first, second and last business day of
// the month) + a post-closure effect (first business day after a business day the center was closed,
// e.g. after a public holiday), least squares over the last `weeks` weeks with a ridge penalty on the
// calendar effects so that they stay near 0 until the history shows them; back-transformed with half
// the residual variance (log-normal mean). A "business day" is a weekday open on most of its
// occurrences in the last 8 weeks.
// Source: Brown et al. (2005) JASA 100(469) §6 model the log of daily arrivals with day-of-week effects;
// Weinberg, Brown & Stroud (2007) likewise; month-turn and post-holiday effects are the calendar
// regressors of the usual call-center practice (e.g. Gans, Koole & Mandelbaum 2003 §4.1; Ibrahim et al.
// 2016, Modeling and forecasting call center arrivals: a literature survey, §3).
// Limits: no trend (level changes are followed only as fast as the window moves: 26 weeks); closures
// ahead are only known through special days; holidays themselves must be given as special days or
// overrides.
import { dayLevels, weekdayAt, type DayGrid } from './grid';
import { NormalEquations } from './least-squares';

export interface CalendarLevelOptions {
	weeks: number;
	/** Added to the normal equations' diagonal for each calendar effect (in units of days' weight). */
	penalty: number;
}

export const defaultCalendarLevelOptions: CalendarLevelOptions = { weeks: 26, penalty: 2 };

const CALENDAR_EFFECTS = 4;

function businessWeekdays(train: DayGrid): boolean[] {
	const from = Math.max(0, train.days - 56);
	return Array.from({ length: 7 }, (_, w) => {
		let seen = 0;
		let open = 0;
		for (let d = from; d < train.days; d++) {
			if (weekdayAt(train, d) !== w) continue;
			seen++;
			if (train.open[d]) open++;
		}
		return seen > 0 && open * 2 > seen;
	});
}

/** Calendar effects of day d: [first business day, second, last business day of the month, first after a closure]. */
export function calendarEffects(train: DayGrid, business: boolean[], d: number, closed: (d: number) => boolean): number[] {
	const month = (e: number) => new Date((train.firstDay + e) * 86_400_000).getUTCMonth();
	const m = month(d);
	let before = 0;
	for (let e = d - 1; month(e) === m && before < 2; e--) if (business[weekdayAt(train, e)]) before++;
	let after = 0;
	for (let e = d + 1; month(e) === m && after < 1; e++) if (business[weekdayAt(train, e)]) after++;
	let previous = d - 1;
	while (previous >= 0 && previous > d - 8 && !business[weekdayAt(train, previous)]) previous--;
	const postClosure = previous >= 0 && previous > d - 8 && closed(previous) ? 1 : 0;
	return [before === 0 ? 1 : 0, before === 1 ? 1 : 0, after === 0 ? 1 : 0, postClosure];
}

/**
 * Level forecasts for days train.days ... train.days + horizon - 1. `specialAhead(d)` says whether a day
 * at or after the origin is known to be closed (a listed special day).
 */
export function calendarLevels(train: DayGrid, horizon: number, aggregate: 'sum' | 'mean', specialAhead: (d: number) => boolean = () => false, options: CalendarLevelOptions = defaultCalendarLevelOptions): Float64Array {
	const levels = dayLevels(train, aggregate);
	const business = businessWeekdays(train);
	const closed = (d: number) => (d < train.days ? !train.open[d] : specialAhead(d));
	const start = Math.max(0, train.days - options.weeks * 7);
	const p = 7 + CALENDAR_EFFECTS;
	const x = new Float64Array(p);
	const fill = (d: number) => {
		x.fill(0);
		x[weekdayAt(train, d)] = 1;
		const effects = calendarEffects(train, business, d, closed);
		for (let i = 0; i < CALENDAR_EFFECTS; i++) x[7 + i] = effects[i]!;
	};
	const equations = new NormalEquations(p);
	for (let d = start; d < train.days; d++) {
		const v = levels[d]!;
		if (Number.isNaN(v)) continue;
		fill(d);
		equations.add(x, Math.log1p(v));
	}
	const out = new Float64Array(horizon);
	if (equations.count === 0) return out;
	const penalty = new Float64Array(p);
	for (let i = 7; i < p; i++) penalty[i] = options.penalty;
	const beta = equations.solve(1e-8, penalty);
	let rss = 0;
	for (let d = start; d < train.days; d++) {
		const v = levels[d]!;
		if (Number.isNaN(v)) continue;
		fill(d);
		let fitted = 0;
		for (let i = 0; i < p; i++) fitted += beta[i]! * x[i]!;
		rss += (Math.log1p(v) - fitted) ** 2;
	}
	const variance = equations.count > p ? rss / (equations.count - p) : 0;
	for (let h = 0; h < horizon; h++) {
		const d = train.days + h;
		const w = weekdayAt(train, d);
		// A weekday never open in the window has no estimate: 0 (the closed-interval rule applies anyway).
		let seen = false;
		for (let e = start + ((((w - weekdayAt(train, start)) % 7) + 7) % 7); e < train.days; e += 7) {
			if (!Number.isNaN(levels[e]!)) {
				seen = true;
				break;
			}
		}
		if (!seen) continue;
		fill(d);
		let fitted = 0;
		for (let i = 0; i < p; i++) fitted += beta[i]! * x[i]!;
		out[h] = Math.max(0, Math.expm1(fitted + variance / 2));
	}
	return out;
}
