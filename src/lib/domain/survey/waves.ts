// Pulse-survey waves: a wave opens every 1, 2 or 4 weeks from a start day and stays open for
// a number of calendar days. Pure calendar-day arithmetic on 'YYYY-MM-DD' (proleptic Gregorian,
// no time zones: the caller turns "today" into the organisation's local day first).
// A wave is open from `opensOn` through `closesOn`, both inclusive. Waves never overlap: a wave
// closes at the latest on the day before the next one opens.
import { SurveyInputError, describeValue } from './errors';

export interface WaveSchedule {
	startDay: string;
	everyWeeks: 1 | 2 | 4;
	/** Calendar days a wave stays open, 1 .. 7 x everyWeeks. */
	closesAfterDays: number;
}

export interface Wave {
	/** 0 for the wave opening on startDay. */
	index: number;
	opensOn: string;
	/** Last day answers are accepted. */
	closesOn: string;
}

/** A cap on one call, far beyond any planning horizon (10 years of weekly waves). */
export const MAX_WAVES = 520;
const DAY_MS = 86_400_000;

/** The wave open today (if any) and the ones after it: `count` waves in all. */
export function nextWaves(schedule: WaveSchedule, today: string, count: number): Wave[] {
	if (typeof schedule !== 'object' || schedule === null) throw new SurveyInputError(`schedule must be an object, got ${describeValue(schedule)}`);
	const start = toDayNumber(schedule.startDay, 'schedule startDay');
	const now = toDayNumber(today, 'today');
	if (schedule.everyWeeks !== 1 && schedule.everyWeeks !== 2 && schedule.everyWeeks !== 4)
		throw new SurveyInputError(`schedule everyWeeks must be 1, 2 or 4, got ${describeValue(schedule.everyWeeks)}`);
	const period = 7 * schedule.everyWeeks;
	const open = schedule.closesAfterDays;
	if (typeof open !== 'number' || !Number.isInteger(open) || open < 1 || open > period)
		throw new SurveyInputError(`schedule closesAfterDays must be a whole number from 1 to ${period} (waves every ${schedule.everyWeeks} week(s) must not overlap), got ${describeValue(open)}`);
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_WAVES)
		throw new SurveyInputError(`count must be a whole number from 0 to ${MAX_WAVES}, got ${describeValue(count)}`);
	// First wave whose last open day is today or later.
	const first = Math.max(0, Math.ceil((now - start - (open - 1)) / period));
	return Array.from({ length: count }, (_, i) => {
		const index = first + i;
		const opens = start + index * period;
		return { index, opensOn: fromDayNumber(opens), closesOn: fromDayNumber(opens + open - 1) };
	});
}

function toDayNumber(day: unknown, label: string): number {
	if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new SurveyInputError(`${label} must be a day 'YYYY-MM-DD', got ${describeValue(day)}`);
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const ms = Date.UTC(y, m - 1, d);
	if (fromDayNumber(ms / DAY_MS) !== day) throw new SurveyInputError(`${label} is not a calendar day: ${day}`);
	return ms / DAY_MS;
}

function fromDayNumber(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
