// Validation of what an agent types about their own time: weekly availability (one window per
// weekday), dated exceptions, preferences and desired weekly hours. Times are 'HH:MM' local.
import { isCalendarDay } from '../time/calendar';

export type AvailabilityErrorCode = 'time' | 'order' | 'date' | 'required' | 'kind' | 'weekday' | 'range' | 'short';
export interface AvailabilityError {
	field: string;
	code: AvailabilityErrorCode;
	params?: Record<string, string | number>;
}

/** Minutes after midnight for 'HH:MM' (24:00 allowed as the end of a day), or null. */
export function parseClock(text: string): number | null {
	const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
	if (!match) return null;
	const h = Number(match[1]);
	const m = Number(match[2]);
	if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
	return h * 60 + m;
}

export function formatClock(minute: number): string {
	return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function window(start: string, end: string, field: string, errors: AvailabilityError[]): { startMinute: number; endMinute: number } | null {
	const s = parseClock(start);
	const e = parseClock(end);
	if (s === null) errors.push({ field: `${field}_start`, code: 'time' });
	if (e === null) errors.push({ field: `${field}_end`, code: 'time' });
	if (s === null || e === null) return null;
	if (s >= e) {
		errors.push({ field: `${field}_end`, code: 'order' });
		return null;
	}
	return { startMinute: s, endMinute: e };
}

/** Seven days; a day not marked available has no window. Windows shorter than 4 h fit no shift and are refused. */
export function validateWeekly(raw: { available: boolean; start: string; end: string }[]): { ok: true; value: { weekday: number; startMinute: number; endMinute: number }[] } | { ok: false; errors: AvailabilityError[] } {
	const errors: AvailabilityError[] = [];
	const value: { weekday: number; startMinute: number; endMinute: number }[] = [];
	raw.forEach((day, weekday) => {
		if (!day.available) return;
		const w = window(day.start, day.end, `day${weekday}`, errors);
		if (w && w.endMinute - w.startMinute < 4 * 60) errors.push({ field: `day${weekday}_end`, code: 'short', params: { hours: 4 } });
		else if (w) value.push({ weekday, ...w });
	});
	return errors.length ? { ok: false, errors } : { ok: true, value };
}

export function validateException(raw: { day: string; all_day: boolean; start: string; end: string; note: string }, today: string): { ok: true; value: { day: string; startMinute: number | null; endMinute: number | null; note: string } } | { ok: false; errors: AvailabilityError[] } {
	const errors: AvailabilityError[] = [];
	const day = raw.day.trim();
	if (!isCalendarDay(day)) errors.push({ field: 'day', code: 'date' });
	else if (day < today) errors.push({ field: 'day', code: 'range' });
	const w = raw.all_day ? null : window(raw.start, raw.end, 'window', errors);
	const note = raw.note.trim().slice(0, 200);
	return errors.length ? { ok: false, errors } : { ok: true, value: { day, startMinute: w?.startMinute ?? null, endMinute: w?.endMinute ?? null, note } };
}

export const preferenceKindChoices = ['day_off', 'avoid_window', 'prefer_window'] as const;

export function validatePreference(raw: { kind: string; weekday: string; start: string; end: string }): { ok: true; value: { kind: (typeof preferenceKindChoices)[number]; weekday: number; startMinute: number | null; endMinute: number | null } } | { ok: false; errors: AvailabilityError[] } {
	const errors: AvailabilityError[] = [];
	const kind = raw.kind as (typeof preferenceKindChoices)[number];
	if (!preferenceKindChoices.includes(kind)) errors.push({ field: 'kind', code: 'kind' });
	const weekday = Number(raw.weekday);
	if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) errors.push({ field: 'weekday', code: 'weekday' });
	const w = kind === 'day_off' ? null : window(raw.start, raw.end, 'window', errors);
	return errors.length ? { ok: false, errors } : { ok: true, value: { kind, weekday, startMinute: w?.startMinute ?? null, endMinute: w?.endMinute ?? null } };
}

/** Desired weekly hours within the contract; empty clears the wish. */
export function validateDesiredHours(raw: string, min: number, max: number): { ok: true; value: number | null } | { ok: false; errors: AvailabilityError[] } {
	const text = raw.trim().replace(',', '.');
	if (!text) return { ok: true, value: null };
	const hours = Number(text);
	if (!Number.isFinite(hours) || hours < min || hours > max) return { ok: false, errors: [{ field: 'desired', code: 'range', params: { min, max } }] };
	return { ok: true, value: hours };
}
