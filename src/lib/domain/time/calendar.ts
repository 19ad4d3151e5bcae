// Calendar days in a site's IANA time zone. Instants are UTC milliseconds; a day is the
// 'YYYY-MM-DD' a wall clock in that zone shows. Limits: proleptic Gregorian calendar only.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export function dayInZone(ms: number, timeZone: string): string {
	return format(new TZDate(ms, timeZone), 'yyyy-MM-dd');
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
	if (!timeZone || timeZone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone });
		return timeZone.includes('/') || timeZone === 'UTC';
	} catch {
		return false;
	}
}

/** Whether `day` is a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Weekday of an instant in `timeZone`, Monday = 0 … Sunday = 6 (ISO order). */
export function isoWeekdayInZone(ms: number, timeZone: string): number {
	return (new TZDate(ms, timeZone).getDay() + 6) % 7;
}

/** Wall-clock hour 0–23 of an instant in `timeZone`. */
export function hourInZone(ms: number, timeZone: string): number {
	return new TZDate(ms, timeZone).getHours();
}

/** An instant on the wall clock of `timeZone`: its local day, ISO weekday (Monday 0) and minute after midnight. */
export function wallClock(ms: number, timeZone: string): { day: string; weekday: number; minute: number } {
	const d = new TZDate(ms, timeZone);
	return {
		day: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
		weekday: (d.getDay() + 6) % 7,
		minute: d.getHours() * 60 + d.getMinutes()
	};
}
