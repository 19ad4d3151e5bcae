import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CurtoisFormatError, parseCurtois } from './curtois-format';

const DATA = new URL('../../../../../shared/data/curtois-shift-scheduling/instances/', import.meta.url);

describe('parseCurtois', () => {
	it('reads Instance1 completely', () => {
		const inst = parseCurtois(readFileSync(new URL('Instance1.txt', DATA), 'utf8'));
		expect(inst.horizon).toBe(14);
		expect(inst.shifts).toEqual([{ id: 'D', minutes: 480, cannotFollow: [] }]);
		expect(inst.staff).toHaveLength(8);
		expect(inst.staff[0]).toEqual({ id: 'A', maxShifts: [14], maxTotalMinutes: 4320, minTotalMinutes: 3360, maxConsecutiveShifts: 5, minConsecutiveShifts: 2, minConsecutiveDaysOff: 2, maxWeekends: 1, daysOff: [0] });
		expect(inst.onRequests).toHaveLength(21);
		expect(inst.offRequests[0]).toEqual({ employee: 2, day: 12, shift: 0, weight: 1 });
		expect(inst.cover[1]).toEqual({ day: 1, shift: 0, requirement: 7, underWeight: 100, overWeight: 1 });
	});
	it('matches instances_summary.csv for all 24 instances', () => {
		const csv = readFileSync(new URL('../instances_summary.csv', DATA), 'utf8').trim().split('\n').slice(1);
		for (const line of csv) {
			const [name, h, staff, shifts, daysOff, on, off, cover] = line.split(',').map((x, i) => (i === 0 ? x : Number(x))) as [string, ...number[]];
			const inst = parseCurtois(readFileSync(new URL(`${name}.txt`, DATA), 'utf8'));
			expect([inst.horizon, inst.staff.length, inst.shifts.length, inst.staff.reduce((n, m) => n + m.daysOff.length, 0), inst.onRequests.length, inst.offRequests.length, inst.cover.filter((c) => c !== null).length]).toEqual([h, staff, shifts, daysOff, on, off, cover]);
		}
	});
	it('resolves cannot-follow lists and MaxShifts pairs', () => {
		const inst = parseCurtois('SECTION_HORIZON\n7\nSECTION_SHIFTS\nE,480,\nL,480,E\nN,600,E|L\nSECTION_STAFF\nA,E=0|L=3,5000,0,5,1,1,1\n');
		expect(inst.shifts.map((s) => s.cannotFollow)).toEqual([[], [0], [0, 1]]);
		expect(inst.staff[0]!.maxShifts).toEqual([0, 3, 7]); // N not listed → unlimited (horizon)
	});
	const bad: [string, RegExp][] = [
		['', /empty/],
		['7\nSECTION_HORIZON\n7', /line 1: data before the first SECTION_/],
		['SECTION_HORIZON\nx', /SECTION_HORIZON, line 2: horizon length in days must be a whole number, got "x"/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\n', /missing section SECTION_STAFF/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,X\nSECTION_STAFF\nA,D=7,1,0,5,1,1,1', /SECTION_SHIFTS, line 4: unknown shift "X"/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,1,0,5,1,1', /SECTION_STAFF, line 6: expected 8 fields/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D:7,1,0,5,1,1,1', /MaxShifts entry must be ShiftID=max/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_DAYS_OFF\nA,9', /SECTION_DAYS_OFF, line 8: day 9 is outside the horizon 0..6/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_SHIFT_ON_REQUESTS\nB,1,D,1', /SECTION_SHIFT_ON_REQUESTS, line 8: unknown employee "B"/],
		['SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_COVER\n0,D,1,100', /SECTION_COVER, line 8: expected 5 fields/],
		['SECTION_HORIZON\n7\nSECTION_BOGUS\n', /unknown section SECTION_BOGUS/]
	];
	it.each(bad)('refuses bad input %#, naming section and line', (text, message) => {
		expect(() => parseCurtois(text)).toThrow(CurtoisFormatError);
		expect(() => parseCurtois(text)).toThrow(message);
	});
});
