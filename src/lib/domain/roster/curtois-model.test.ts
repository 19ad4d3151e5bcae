import { describe, expect, it } from 'vitest';
import { parseCurtois } from './curtois-format';
import { evaluate, evaluateAssignments, employeeViolations, rosterToAssignments, weekendWorked, OFF } from './curtois-model';

/** A 14-day instance with shifts D (480) and N (600, cannot be followed by D). */
function tiny(staffLine = 'A,D=14|N=14,20000,0,5,1,1,2', extra = '') {
	return parseCurtois(`SECTION_HORIZON
14
SECTION_SHIFTS
D,480,
N,600,D
SECTION_STAFF
${staffLine}
${extra}`);
}
const row = (s: string) => [...s].map((c) => (c === '.' ? OFF : c === 'D' ? 0 : 1));
const kinds = (inst: ReturnType<typeof tiny>, r: string) => employeeViolations(inst, 0, row(r)).map((v) => v.kind);

describe('evaluate: hard constraints', () => {
	it('accepts a legal row', () => {
		expect(kinds(tiny(), 'DDD..NN..DD...')).toEqual([]);
	});
	it('cannot follow: N then D on the next day, not the reverse', () => {
		expect(kinds(tiny(), 'ND............')).toEqual(['cannot_follow']);
		expect(kinds(tiny(), 'DN............')).toEqual([]);
		expect(kinds(tiny(), 'N.D...........')).toEqual([]);
	});
	it('max shifts per type', () => {
		expect(kinds(tiny('A,D=14|N=1,20000,0,5,1,1,2'), 'NN............')).toEqual(['max_shifts']);
	});
	it('min and max total minutes', () => {
		expect(kinds(tiny('A,D=14|N=14,960,0,5,1,1,2'), 'DDD...........')).toEqual(['max_total_minutes']);
		expect(kinds(tiny('A,D=14|N=14,20000,1000,5,1,1,2'), 'DD............')).toEqual(['min_total_minutes']);
		expect(kinds(tiny('A,D=14|N=14,960,960,5,1,1,2'), 'DD............')).toEqual([]);
	});
	it('max consecutive shifts, including a run touching the horizon edges', () => {
		const inst = tiny('A,D=14|N=14,20000,0,3,1,1,2');
		expect(kinds(inst, 'DDDD..........')).toEqual(['max_consecutive_shifts']);
		expect(kinds(inst, '..........DDDD')).toEqual(['max_consecutive_shifts']);
		expect(kinds(inst, 'DDD.DDD.......')).toEqual([]);
	});
	it('min consecutive shifts binds interior blocks only (edges are free)', () => {
		const inst = tiny('A,D=14|N=14,20000,0,5,3,1,2');
		expect(kinds(inst, '..DD..........')).toEqual(['min_consecutive_shifts']);
		expect(kinds(inst, '..DDD.........')).toEqual([]);
		expect(kinds(inst, 'D.............')).toEqual([]); // touches day 0
		expect(kinds(inst, '.............D')).toEqual([]); // touches the last day
		expect(kinds(inst, '............D.')).toEqual(['min_consecutive_shifts']);
	});
	it('min consecutive days off binds interior off blocks only', () => {
		const inst = tiny('A,D=14|N=14,20000,0,5,1,3,2');
		expect(kinds(inst, 'DD..DD........')).toEqual(['min_consecutive_days_off']);
		expect(kinds(inst, 'DD...DD.......')).toEqual([]);
		expect(kinds(inst, '.DD...........')).toEqual([]); // off block at the start
		expect(kinds(inst, 'DDDDD.DDDDD..D')).toEqual(['min_consecutive_days_off', 'min_consecutive_days_off']);
		expect(kinds(inst, 'DDDDD...DDDDD.')).toEqual([]); // off block at the end
	});
	it('max weekends: Sat+Sun of one week, worked if either day is', () => {
		const inst = tiny('A,D=14|N=14,20000,0,7,1,1,1');
		expect(kinds(inst, '.....D.......D')).toEqual(['max_weekends']);
		expect(kinds(inst, '.....DD.......')).toEqual([]);
		expect(kinds(inst, '......D......D')).toEqual(['max_weekends']);
	});
	it('days off', () => {
		const inst = tiny(undefined, 'SECTION_DAYS_OFF\nA,3,4');
		expect(kinds(inst, '...D..........')).toEqual(['day_off']);
		expect(kinds(inst, 'DDD..DD.......')).toEqual([]);
	});
	it('one shift per day, in the assignment-list form', () => {
		const inst = tiny();
		const ev = evaluateAssignments(inst, [{ employee: 'A', day: 0, shift: 'D' }, { employee: 'A', day: 0, shift: 'N' }]);
		expect(ev.violations.map((v) => v.kind)).toContain('one_shift_per_day');
		expect(evaluateAssignments(inst, [{ employee: 'Z', day: 0, shift: 'D' }]).violations[0]!.kind).toBe('bad_reference');
	});
});

describe('evaluate: objective', () => {
	const inst = parseCurtois(`SECTION_HORIZON
7
SECTION_SHIFTS
D,480,
SECTION_STAFF
A,D=7,5000,0,7,1,1,1
B,D=7,5000,0,7,1,1,1
SECTION_SHIFT_ON_REQUESTS
A,0,D,2
B,1,D,3
SECTION_SHIFT_OFF_REQUESTS
A,2,D,5
SECTION_COVER
0,D,2,100,1
1,D,0,100,1
2,D,1,100,1
`);
	it('request and cover penalties as the benchmark defines them', () => {
		// A works 0,2; B works 0,1 → on-requests: A0 granted, B1 granted; off A2 violated (5);
		// cover day0 2/2, day1 1 vs 0 → over 1, day2 1/1. Days 3..6 have no cover rows.
		const roster = [row('D.D....'), row('DD.....')];
		const ev = evaluate(inst, roster);
		expect(ev).toMatchObject({ onRequestPenalty: 0, offRequestPenalty: 5, underCoverPenalty: 0, overCoverPenalty: 1, objective: 6, feasible: true });
		const empty = evaluate(inst, [row('.......'), row('.......')]);
		expect(empty.objective).toBe(2 + 3 + 100 * 2 + 100 * 1);
		expect(evaluateAssignments(inst, rosterToAssignments(inst, roster)).objective).toBe(6);
	});
});

describe('weekendWorked', () => {
	it('counts a weekend when its Saturday or its Sunday is worked, and a Sunday only before the last known day', () => {
		const D = 0;
		const week = (sat: number, sun: number) => [OFF, OFF, OFF, OFF, OFF, sat, sun];
		expect(weekendWorked(week(OFF, OFF), 5, 7)).toBe(false);
		expect(weekendWorked(week(D, OFF), 5, 7)).toBe(true);
		expect(weekendWorked(week(OFF, D), 5, 7)).toBe(true);
		// The Sunday lies at the last known day or beyond (an open window's end): it does not count.
		expect(weekendWorked(week(OFF, D), 5, 6)).toBe(false);
		// A row shorter than the weekend (a Saturday past its end) is off.
		expect(weekendWorked([D, D], 5, 7)).toBe(false);
	});
});
