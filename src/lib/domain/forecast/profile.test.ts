import { describe, expect, it } from 'vitest';
import { calendarProfile, forecastDayLevels, holtWintersProfile, levelsTimesProfile, weekdayProfiles } from './profile';
import { dayNumberOf, weekdayOf, type DayGrid } from './grid';

const monday = dayNumberOf('2026-01-05');

/** Weekdays open with 4 slots, shape [1, 2, 3, 4] x weekday factor; weekends closed. */
function week(days: number, shape = [1, 2, 3, 4]): DayGrid {
	const slots = 4;
	const values = new Float64Array(days * slots).fill(Number.NaN);
	const open = new Uint8Array(days);
	for (let d = 0; d < days; d++) {
		const w = weekdayOf(monday + d);
		if (w === 0 || w === 6) continue;
		open[d] = 1;
		for (let s = 0; s < slots; s++) values[d * slots + s] = shape[s]! * (w === 1 ? 2 : 1) * 10;
	}
	return { slots, firstDay: monday, days, values, open };
}

describe('intraday profiles', () => {
	it('are shares of the day that sum to 1', () => {
		const p = weekdayProfiles(week(28), 'sum');
		const monday = [...p.subarray(4, 8)];
		expect(monday.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		// One smoothing pass blurs neighbours; the order of the shape is kept.
		expect(monday[0]!).toBeLessThan(monday[1]!);
		expect(monday[2]!).toBeLessThan(monday[3]!);
		const raw = weekdayProfiles(week(28), 'sum', { weeks: 4, decay: 1 });
		expect([...raw.subarray(4, 8)].map((v) => +v.toFixed(12))).toEqual([0.1, 0.2, 0.3, 0.4]);
	});

	it('are ratios to the day mean (averaging 1) for means', () => {
		const p = weekdayProfiles(week(28), 'mean', { weeks: 4, decay: 1 });
		expect([...p.subarray(8, 12)].map((v) => +v.toFixed(12))).toEqual([0.4, 0.8, 1.2, 1.6]);
	});

	it('borrow the pooled profile for a weekday never open', () => {
		const p = weekdayProfiles(week(28), 'sum', { weeks: 4, decay: 1 });
		expect([...p.subarray(0, 4)].map((v) => +v.toFixed(12))).toEqual([0.1, 0.2, 0.3, 0.4]); // Sunday
	});
});

describe('level x profile', () => {
	it('forecasts a repeating week exactly with Holt-Winters levels', () => {
		const g = week(56);
		const f = holtWintersProfile(g, 7);
		// Day 56 is a Monday: level 200, shape shares 0.1..0.4 (smoothed).
		const total = f.subarray(0, 4).reduce((a, b) => a + b, 0);
		expect(total).toBeCloseTo(200, 3);
		expect(f.subarray(4, 8).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
	});

	it('forecasts the same totals with calendar levels', () => {
		const f = calendarProfile(week(56), 7);
		expect(f.subarray(0, 4).reduce((a, b) => a + b, 0)).toBeCloseTo(200, 0);
		expect(f.subarray(8, 12).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
	});

	it('uses weekday means when the history is too short for Holt-Winters', () => {
		const levels = forecastDayLevels(week(10), 'sum', 3);
		// Thu and Fri: their weekday mean; Sat was never seen: the mean of all open days (2 Mondays at 200, 6 days at 100).
		expect([...levels]).toEqual([100, 100, 125]);
	});

	it('multiplies given levels by the profile', () => {
		const f = levelsTimesProfile(week(14), Float64Array.from([50]), 'sum', { weeks: 2, decay: 1 });
		expect([...f].map((v) => +v.toFixed(9))).toEqual([5, 10, 15, 20]);
	});
});
