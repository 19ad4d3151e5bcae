import { describe, expect, it } from 'vitest';
import { dayInZone, isCalendarDay, isTimeZone, wallClock } from './calendar';

describe('dayInZone', () => {
	it('gives the wall-clock day of the zone, not of UTC', () => {
		const ms = Date.UTC(2026, 2, 28, 23, 30); // 23:30 UTC on 28 March
		expect(dayInZone(ms, 'UTC')).toBe('2026-03-28');
		expect(dayInZone(ms, 'Europe/Warsaw')).toBe('2026-03-29');
		expect(dayInZone(ms, 'America/Los_Angeles')).toBe('2026-03-28');
	});
	it('holds across the spring DST change', () => {
		// Warsaw moves from UTC+1 to UTC+2 at 01:00 UTC on 29 March 2026.
		expect(dayInZone(Date.UTC(2026, 2, 29, 22, 30), 'Europe/Warsaw')).toBe('2026-03-30');
		expect(dayInZone(Date.UTC(2026, 2, 29, 21, 30), 'Europe/Warsaw')).toBe('2026-03-29');
	});
});

describe('validation', () => {
	it('knows IANA zones', () => {
		expect(isTimeZone('Europe/Warsaw')).toBe(true);
		expect(isTimeZone('Asia/Tehran')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});
	it('knows real dates', () => {
		expect(isCalendarDay('2024-02-29')).toBe(true);
		expect(isCalendarDay('2026-02-29')).toBe(false);
		expect(isCalendarDay('2026-13-01')).toBe(false);
		expect(isCalendarDay('26-01-01')).toBe(false);
	});
});

describe('wallClock', () => {
	it('gives the local day, ISO weekday and minute, across the DST change', () => {
		// 29 March 2026, 06:30 UTC is 08:30 summer time in Warsaw, a Sunday.
		expect(wallClock(Date.UTC(2026, 2, 29, 6, 30), 'Europe/Warsaw')).toEqual({ day: '2026-03-29', weekday: 6, minute: 510 });
		expect(wallClock(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Warsaw')).toEqual({ day: '2026-03-29', weekday: 6, minute: 30 });
	});
});
