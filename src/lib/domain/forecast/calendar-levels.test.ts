import { describe, expect, it } from 'vitest';
import { calendarEffects, calendarLevels } from './calendar-levels';
import { dayNumberOf, weekdayOf, type DayGrid } from './grid';

const first = dayNumberOf('2025-06-02'); // a Monday

/** One slot a day; weekdays open at `base` (x1.3 on the first business day of a month, x1.2 after a closed weekday). */
function daily(days: number, closed: number[] = []): DayGrid {
	const values = new Float64Array(days).fill(Number.NaN);
	const open = new Uint8Array(days);
	for (let d = 0; d < days; d++) {
		const w = weekdayOf(first + d);
		if (w === 0 || w === 6 || closed.includes(d)) continue;
		open[d] = 1;
		const date = new Date((first + d) * 86_400_000);
		let v = 1000;
		// First business day: the 1st, or the Monday after a weekend 1st.
		const dom = date.getUTCDate();
		if (dom === 1 || (w === 1 && dom <= 3)) v *= 1.3;
		let previous = d - 1;
		while (previous >= 0 && [0, 6].includes(weekdayOf(first + previous))) previous--;
		if (previous >= 0 && closed.includes(previous)) v *= 1.2;
		values[d] = v;
	}
	return { slots: 1, firstDay: first, days, values, open };
}

describe('calendar effects', () => {
	const g = daily(40);
	const business = [false, true, true, true, true, true, false];
	const closed = (d: number) => d === 3;
	it('flag the first, second and last business days of the month', () => {
		expect(calendarEffects(g, business, 0, closed)).toEqual([1, 0, 0, 0]); // Mon 2 June 2025 (1 June is a Sunday)
		expect(calendarEffects(g, business, 1, closed)).toEqual([0, 1, 0, 0]);
		expect(calendarEffects(g, business, 2, closed)).toEqual([0, 0, 0, 0]);
		expect(calendarEffects(g, business, 28, closed)).toEqual([0, 0, 1, 0]); // Mon 30 June
		expect(calendarEffects(g, business, 29, closed)).toEqual([1, 0, 0, 0]); // Tue 1 July
	});
	it('flag the first business day after a closed business day, across a weekend too', () => {
		expect(calendarEffects(g, business, 4, closed)).toEqual([0, 0, 0, 1]);
		expect(calendarEffects(g, business, 7, (d) => d === 4)).toEqual([0, 0, 0, 1]); // Mon after a closed Friday
		expect(calendarEffects(g, business, 8, (d) => d === 4)).toEqual([0, 0, 0, 0]);
	});
});

describe('calendar regression of daily levels', () => {
	const closures = [24, 66, 94, 122, 150]; // a few closed weekdays
	const g = daily(182, closures);
	it('learns the weekday level and the calendar effects (shrunk a little towards none)', () => {
		const f = calendarLevels(g, 28, 'sum');
		// Day 182 = Mon 1 Dec 2025: first business day.
		expect(f[0]!).toBeGreaterThan(1150);
		expect(f[0]!).toBeLessThan(1310);
		expect(f[2]!).toBeGreaterThan(980); // Wed 3 Dec: ordinary
		expect(f[2]!).toBeLessThan(1020);
		expect(f[5]!).toBe(0); // Saturday: never open
	});
	it('raises the day after a closure known ahead as a special day', () => {
		const special = new Uint8Array(400);
		special[184] = 1; // Wed 3 Dec closed
		const f = calendarLevels(g, 28, 'sum', (d) => special[d] === 1);
		expect(f[3]!).toBeGreaterThan(1100); // Thu 4 Dec
	});
	it('returns zeros without data', () => {
		const empty: DayGrid = { slots: 1, firstDay: first, days: 14, values: new Float64Array(14).fill(Number.NaN), open: new Uint8Array(14) };
		expect([...calendarLevels(empty, 3, 'sum')]).toEqual([0, 0, 0]);
	});
});
