import { describe, expect, it } from 'vitest';
import { addMonths, headcountOn, isEmployedOn, rollingYearTurnover, tenureDays, turnoverBetween, type Employment } from './turnover';

const p = (hireDate: string, exitDate: string | null = null, exitType: Employment['exitType'] = null): Employment => ({ hireDate, exitDate, exitType });

describe('employment and headcount', () => {
	it('counts a person from the hire date and not on the exit date', () => {
		const person = p('2026-01-10', '2026-03-01', 'voluntary');
		expect(isEmployedOn(person, '2026-01-09')).toBe(false);
		expect(isEmployedOn(person, '2026-01-10')).toBe(true);
		expect(isEmployedOn(person, '2026-02-28')).toBe(true);
		expect(isEmployedOn(person, '2026-03-01')).toBe(false);
	});
	it('sums headcount on a day', () => {
		expect(headcountOn([p('2026-01-01'), p('2026-02-01'), p('2025-01-01', '2026-01-15')], '2026-01-20')).toBe(1);
	});
});

describe('turnover', () => {
	it('divides exits by the average of month-start headcounts', () => {
		// 10 people all year; 2 leave during the year, replaced the next day by 2 hires.
		const people = [
			...Array.from({ length: 8 }, () => p('2020-01-01')),
			p('2020-01-01', '2026-04-10', 'voluntary'),
			p('2020-01-01', '2026-09-10', 'involuntary'),
			p('2026-04-11'),
			p('2026-09-11')
		];
		const summary = turnoverBetween(people, '2026-01-01', '2026-12-31');
		expect(summary.exits).toBe(2);
		expect(summary.voluntaryExits).toBe(1);
		expect(summary.involuntaryExits).toBe(1);
		expect(summary.hires).toBe(2);
		expect(summary.averageHeadcount).toBeCloseTo(10, 6);
		expect(summary.rate).toBeCloseTo(0.2, 6);
	});
	it('is null with nobody employed', () => {
		expect(turnoverBetween([], '2026-01-01', '2026-06-30').rate).toBeNull();
	});
	it('refuses a reversed period', () => {
		expect(() => turnoverBetween([], '2026-02-01', '2026-01-01')).toThrow(RangeError);
	});
	it('rolls 12 months back from today, inclusive', () => {
		const s = rollingYearTurnover([p('2020-01-01', '2025-11-24', 'voluntary'), p('2020-01-01')], '2026-11-23');
		expect(s.from).toBe('2025-11-24');
		expect(s.exits).toBe(1);
	});
	it('clamps month arithmetic to the month end', () => {
		expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
		expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
	});
	it('counts tenure in days across DST and leap years', () => {
		expect(tenureDays('2024-02-28', '2024-03-01')).toBe(2);
		expect(tenureDays('2026-03-28', '2026-03-30')).toBe(2);
	});
});
