import { describe, expect, it } from 'vitest';
import { dayLevels, dayNumberOf, dayStringOf, everOpen, makeLocator, truncateGrid, weekdayOf, zoneOffsetLookup, type DayGrid } from './grid';

const H = 3_600_000;

describe('zone offsets and the local grid', () => {
	it('finds standard and summer offsets of an IANA zone', () => {
		const paris = zoneOffsetLookup('Europe/Paris');
		expect(paris(Date.UTC(2026, 0, 15, 12))).toBe(1 * H);
		expect(paris(Date.UTC(2026, 6, 15, 12))).toBe(2 * H);
		expect(zoneOffsetLookup('Asia/Kolkata')(Date.UTC(2026, 0, 1))).toBe(5.5 * H);
		expect(zoneOffsetLookup('UTC')(Date.UTC(2026, 0, 1))).toBe(0);
	});

	it('numbers days and weekdays on the wall clock', () => {
		expect(weekdayOf(dayNumberOf('2026-01-05'))).toBe(1); // a Monday
		expect(weekdayOf(dayNumberOf('1970-01-01'))).toBe(4); // a Thursday
		expect(dayStringOf(dayNumberOf('2024-02-29'))).toBe('2024-02-29');
	});

	it('locates instants by local day and slot, and checks alignment in the zone', () => {
		const locate = makeLocator(30, 'America/New_York');
		// 2026-01-05 13:30Z is 08:30 in New York (UTC-5): slot 17 of 2026-01-05.
		expect(locate(Date.UTC(2026, 0, 5, 13, 30))).toEqual({ dayNumber: dayNumberOf('2026-01-05'), slot: 17, aligned: true });
		// 04:30Z is still the previous local day (23:30).
		expect(locate(Date.UTC(2026, 0, 6, 4, 30)).dayNumber).toBe(dayNumberOf('2026-01-05'));
		expect(locate(Date.UTC(2026, 0, 5, 13, 40)).aligned).toBe(false);
		// Kolkata (+05:30): 60-minute intervals align on the local hour, i.e. at :30 UTC.
		const kolkata = makeLocator(60, 'Asia/Kolkata');
		expect(kolkata(Date.UTC(2026, 0, 5, 3, 30)).aligned).toBe(true);
		expect(kolkata(Date.UTC(2026, 0, 5, 3, 0)).aligned).toBe(false);
	});

	it('maps the repeated hour of a daylight-saving change onto one wall-clock cell', () => {
		const locate = makeLocator(60, 'Europe/Paris');
		// 2026-10-25: 02:00 local happens twice (00:00Z in summer time and 01:00Z in winter time).
		const first = locate(Date.UTC(2026, 9, 25, 0));
		const second = locate(Date.UTC(2026, 9, 25, 1));
		expect(first.slot).toBe(2);
		expect(second.slot).toBe(2);
		expect(first.dayNumber).toBe(second.dayNumber);
	});
});

describe('grid helpers', () => {
	const grid: DayGrid = {
		slots: 2,
		firstDay: dayNumberOf('2026-01-05'), // Monday
		days: 3,
		values: Float64Array.from([1, 3, Number.NaN, Number.NaN, 2, Number.NaN]),
		open: Uint8Array.from([1, 0, 1])
	};

	it('totals and averages open days only', () => {
		expect([...dayLevels(grid, 'sum')]).toEqual([4, Number.NaN, 2]);
		expect([...dayLevels(grid, 'mean')]).toEqual([2, Number.NaN, 2]);
	});

	it('marks weekday-slots seen on open days', () => {
		const seen = everOpen(grid);
		expect(seen[1 * 2 + 0]).toBe(1); // Monday slot 0
		expect(seen[1 * 2 + 1]).toBe(1);
		expect(seen[3 * 2 + 0]).toBe(1); // Wednesday slot 0
		expect(seen[3 * 2 + 1]).toBe(0);
		expect(seen[2 * 2 + 0]).toBe(0); // Tuesday closed
	});

	it('truncates to a training view', () => {
		const view = truncateGrid(grid, 1);
		expect(view.days).toBe(1);
		expect(view.values.length).toBe(2);
		expect([...dayLevels(view, 'sum')]).toEqual([4]);
	});
});
