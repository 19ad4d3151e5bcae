import { describe, expect, it } from 'vitest';
import { formatClock, parseClock, validateDesiredHours, validateException, validatePreference, validateWeekly } from './availability-input';

const closed = { available: false, start: '', end: '' };

describe('clock times', () => {
	it('parses HH:MM and the end of the day', () => {
		expect(parseClock('08:30')).toBe(510);
		expect(parseClock('24:00')).toBe(1440);
		expect(parseClock('24:30')).toBeNull();
		expect(parseClock('8:7')).toBeNull();
		expect(parseClock('12:60')).toBeNull();
		expect(formatClock(510)).toBe('08:30');
	});
});

describe('validateWeekly', () => {
	it('keeps the days marked available', () => {
		const days = [{ available: true, start: '08:00', end: '17:00' }, ...Array.from({ length: 6 }, () => closed)];
		expect(validateWeekly(days)).toEqual({ ok: true, value: [{ weekday: 0, startMinute: 480, endMinute: 1020 }] });
	});
	it('names the day and field of a bad window', () => {
		const days = [{ available: true, start: '17:00', end: '08:00' }, { available: true, start: '09:00', end: '11:00' }, { available: true, start: 'x', end: '12:00' }, ...Array.from({ length: 4 }, () => closed)];
		const result = validateWeekly(days);
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'day0_end', code: 'order' },
				{ field: 'day1_end', code: 'short', params: { hours: 4 } },
				{ field: 'day2_start', code: 'time' }
			]
		});
	});
});

describe('validateException', () => {
	it('accepts an all-day absence or a window, and refuses past days', () => {
		expect(validateException({ day: '2026-12-01', all_day: true, start: '', end: '', note: ' dentist ' }, '2026-11-23')).toEqual({ ok: true, value: { day: '2026-12-01', startMinute: null, endMinute: null, note: 'dentist' } });
		expect(validateException({ day: '2026-12-01', all_day: false, start: '12:00', end: '18:00', note: '' }, '2026-11-23')).toEqual({ ok: true, value: { day: '2026-12-01', startMinute: 720, endMinute: 1080, note: '' } });
		expect(validateException({ day: '2026-11-01', all_day: true, start: '', end: '', note: '' }, '2026-11-23')).toEqual({ ok: false, errors: [{ field: 'day', code: 'range' }] });
		expect(validateException({ day: '2026-02-30', all_day: true, start: '', end: '', note: '' }, '2026-01-01')).toEqual({ ok: false, errors: [{ field: 'day', code: 'date' }] });
	});
});

describe('validatePreference', () => {
	it('needs a window except for a day off', () => {
		expect(validatePreference({ kind: 'day_off', weekday: '5', start: '', end: '' })).toEqual({ ok: true, value: { kind: 'day_off', weekday: 5, startMinute: null, endMinute: null } });
		expect(validatePreference({ kind: 'avoid_window', weekday: '1', start: '', end: '' }).ok).toBe(false);
		expect(validatePreference({ kind: 'sleep_in', weekday: '9', start: '', end: '' })).toEqual({ ok: false, errors: [{ field: 'kind', code: 'kind' }, { field: 'weekday', code: 'weekday' }, { field: 'window_start', code: 'time' }, { field: 'window_end', code: 'time' }] });
	});
});

describe('validateDesiredHours', () => {
	it('keeps the wish inside the contract', () => {
		expect(validateDesiredHours('', 20, 40)).toEqual({ ok: true, value: null });
		expect(validateDesiredHours('32,5', 20, 40)).toEqual({ ok: true, value: 32.5 });
		expect(validateDesiredHours('45', 20, 40)).toEqual({ ok: false, errors: [{ field: 'desired', code: 'range', params: { min: 20, max: 40 } }] });
	});
});
