import { describe, expect, it } from 'vitest';
import { addWorkingAgents, adequacyOf, createLocalClock, quarterHourMs, shiftSpan, splitToQuarterHours, sumWeeks, teamShares, weekBounds } from './adequacy';
import { localTimeMs } from '../schedule/center-model';

const zone = 'Europe/Warsaw';
const hour = 3_600_000;

describe('addWorkingAgents', () => {
	it('spreads a shift across midnight (and here across a week boundary) in one contiguous span', () => {
		// Sunday 22:00 in Warsaw (UTC+1 in March before the change) is 21:00 UTC; 4 h run to 01:00 UTC.
		const span = shiftSpan('2026-03-08', 22 * 60, 240, zone);
		expect(span.startMs).toBe(Date.UTC(2026, 2, 8, 21, 0));
		const working = addWorkingAgents(new Map(), [span]);
		expect(working.size).toBe(16);
		expect([...working.values()].every((v) => v === 1)).toBe(true);
		expect(Math.max(...working.keys())).toBe(Date.UTC(2026, 2, 9, 0, 45));
		// Two hours before local midnight fall in the week of 2 March, two after in the week of 9 March.
		expect(sumWeeks(new Map(), working, weekBounds('2026-03-02', '2026-03-15', zone))).toEqual([
			{ weekStart: '2026-03-02', requiredHours: 0, coveredHours: 0, workedHours: 2 },
			{ weekStart: '2026-03-09', requiredHours: 0, coveredHours: 0, workedHours: 2 }
		]);
	});

	it('counts a partly covered interval by its covered share', () => {
		// 09:10–09:30 local: a third of the 09:00 interval and all of the 09:15 one.
		const working = addWorkingAgents(new Map(), [shiftSpan('2026-03-10', 9 * 60 + 10, 20, zone)]);
		expect(working.get(localTimeMs('2026-03-10', 9 * 60, zone))).toBeCloseTo(1 / 3, 12);
		expect(working.get(localTimeMs('2026-03-10', 9 * 60 + 15, zone))).toBe(1);
		expect(working.size).toBe(2);
	});

	it('adds agents working at once and ignores empty spans', () => {
		const start = localTimeMs('2026-03-10', 8 * 60, zone);
		const working = addWorkingAgents(new Map(), [
			{ startMs: start, minutes: 30 },
			{ startMs: start + quarterHourMs, minutes: 15 },
			{ startMs: start, minutes: 0 }
		]);
		expect([...working.entries()]).toEqual([
			[start, 1],
			[start + quarterHourMs, 2]
		]);
	});
});

describe('DST changes in Europe/Warsaw', () => {
	it('spring forward (29 March 2026): an 8-hour night shift from 22:00 ends at 07:00 on the wall clock', () => {
		const span = shiftSpan('2026-03-28', 22 * 60, 480, zone);
		expect(span.startMs).toBe(Date.UTC(2026, 2, 28, 21, 0));
		expect(span.startMs + 480 * 60_000).toBe(localTimeMs('2026-03-29', 7 * 60, zone));
		const working = addWorkingAgents(new Map(), [span]);
		expect(working.size).toBe(32);
		// The week of 23 March has 167 hours; one agent required throughout.
		const [week] = weekBounds('2026-03-23', '2026-03-29', zone);
		expect((week!.toMs - week!.fromMs) / hour).toBe(167);
		const required = new Map<number, number>();
		for (let t = week!.fromMs; t < week!.toMs; t += quarterHourMs) required.set(t, 1);
		expect(required.size).toBe(668);
		expect(sumWeeks(required, working, [week!])).toEqual([{ weekStart: '2026-03-23', requiredHours: 167, coveredHours: 8, workedHours: 8 }]);
	});

	it('a shift starting on the spring-forward night skips the missing hour', () => {
		// 01:00 CET is 00:00 UTC; three elapsed hours end at 03:00 UTC, which is 05:00 CEST.
		const span = shiftSpan('2026-03-29', 60, 180, zone);
		expect(span.startMs).toBe(Date.UTC(2026, 2, 29, 0, 0));
		expect(span.startMs + 180 * 60_000).toBe(localTimeMs('2026-03-29', 5 * 60, zone));
		expect(addWorkingAgents(new Map(), [span]).size).toBe(12);
	});

	it('fall back (25 October 2026): the week has 169 hours and a night shift from 22:00 ends at 05:00', () => {
		const span = shiftSpan('2026-10-24', 22 * 60, 480, zone);
		expect(span.startMs).toBe(Date.UTC(2026, 9, 24, 20, 0));
		expect(span.startMs + 480 * 60_000).toBe(localTimeMs('2026-10-25', 5 * 60, zone));
		const [week] = weekBounds('2026-10-19', '2026-10-25', zone);
		expect((week!.toMs - week!.fromMs) / hour).toBe(169);
		const working = addWorkingAgents(new Map(), [span]);
		expect(sumWeeks(new Map(), working, [week!])).toEqual([{ weekStart: '2026-10-19', requiredHours: 0, coveredHours: 0, workedHours: 8 }]);
	});
});

describe('sumWeeks', () => {
	const weeks = weekBounds('2026-03-10', '2026-03-10', zone);
	const t0 = localTimeMs('2026-03-10', 10 * 60, zone);
	const [t1, t2, t3] = [t0 + quarterHourMs, t0 + 2 * quarterHourMs, t0 + 3 * quarterHourMs];

	it('caps covered hours at the requirement where more agents worked than required', () => {
		const required = new Map([
			[t0, 2],
			[t1, 1],
			[t2, 0.5],
			[t3, 4 / 3]
		]);
		const working = new Map([
			[t0, 3],
			[t1, 1],
			[t3, 1]
		]);
		// required (2 + 1 + 0.5 + 4/3) × 0.25; worked (3 + 1 + 1) × 0.25; covered (2 + 1 + 0 + 1) × 0.25.
		const [row] = sumWeeks(required, working, weeks);
		expect(row!.weekStart).toBe('2026-03-09');
		expect(row!.requiredHours).toBeCloseTo((29 / 6) * 0.25, 12);
		expect(row!.workedHours).toBe(1.25);
		expect(row!.coveredHours).toBe(1);
		expect(adequacyOf(row!)).toBeCloseTo(1 / ((29 / 6) * 0.25), 12);
	});

	it('reports worked hours with no requirement as requiredHours 0 and no adequacy', () => {
		const working = addWorkingAgents(new Map(), [shiftSpan('2026-03-10', 9 * 60, 60, zone), shiftSpan('2026-03-10', 9 * 60, 60, zone)]);
		const [row] = sumWeeks(new Map(), working, weeks);
		expect(row).toEqual({ weekStart: '2026-03-09', requiredHours: 0, coveredHours: 0, workedHours: 2 });
		expect(adequacyOf(row!)).toBeNull();
	});

	it('counts required hours nobody worked as uncovered', () => {
		const [row] = sumWeeks(new Map([[t0, 3]]), new Map(), weeks);
		expect(row).toEqual({ weekStart: '2026-03-09', requiredHours: 0.75, coveredHours: 0, workedHours: 0 });
		expect(adequacyOf(row!)).toBe(0);
	});

	it('gives no rows for empty input or weeks without anything', () => {
		expect(sumWeeks(new Map(), new Map(), [])).toEqual([]);
		expect(sumWeeks(new Map(), new Map(), weeks)).toEqual([]);
		expect(addWorkingAgents(new Map(), []).size).toBe(0);
		expect(splitToQuarterHours([])).toEqual([]);
		expect(teamShares([], 1).size).toBe(0);
	});

	it('ignores intervals outside the weeks asked for', () => {
		const outside = localTimeMs('2026-03-16', 10 * 60, zone);
		expect(sumWeeks(new Map([[outside, 1]]), new Map([[outside, 1]]), weeks)).toEqual([]);
	});
});

describe('createLocalClock', () => {
	it('agrees with localTimeMs on ordinary days and on both DST days, in several zones', () => {
		const clock = createLocalClock();
		for (const timeZone of [zone, 'America/New_York', 'Asia/Kathmandu', 'UTC'])
			for (const day of ['2026-03-08', '2026-03-10', '2026-03-29', '2026-10-25', '2026-11-01'])
				for (let minute = 0; minute < 24 * 60; minute += 5) expect(clock(day, minute, timeZone)).toBe(localTimeMs(day, minute, timeZone));
		expect(shiftSpan('2026-03-28', 22 * 60, 480, zone, clock)).toEqual(shiftSpan('2026-03-28', 22 * 60, 480, zone));
	});
});

describe('weekBounds', () => {
	it('starts at the Monday of the first day and includes the week of the last day', () => {
		const weeks = weekBounds('2026-03-11', '2026-03-16', zone);
		expect(weeks.map((w) => w.weekStart)).toEqual(['2026-03-09', '2026-03-16']);
		expect(weeks[0]!.fromMs).toBe(Date.UTC(2026, 2, 8, 23, 0));
		expect(weeks[0]!.toMs).toBe(weeks[1]!.fromMs);
	});
});

describe('teamShares', () => {
	it('shares by skilled headcount; agents without a team keep their part from every team', () => {
		const pool = [
			{ teamId: 1, skills: [7] },
			{ teamId: 1, skills: [7, 8] },
			{ teamId: 2, skills: [7] },
			{ teamId: 2, skills: [8] },
			{ teamId: null, skills: [8] }
		];
		const q7 = teamShares(pool, 7);
		expect(q7.get(1)).toBeCloseTo(2 / 3, 12);
		expect(q7.get(2)).toBeCloseTo(1 / 3, 12);
		const q8 = teamShares(pool, 8);
		expect(q8.get(1)).toBeCloseTo(1 / 3, 12);
		expect(q8.get(2)).toBeCloseTo(1 / 3, 12);
		expect(teamShares(pool, 9).size).toBe(0);
	});
});

describe('splitToQuarterHours', () => {
	it('splits an hour into four quarter hours at the same rate and keeps shorter intervals', () => {
		const start = Date.UTC(2026, 2, 10, 9, 0);
		const pieces = splitToQuarterHours([
			{ start, minutes: 60, offered: 40, handled: 36, ahtSeconds: 300 },
			{ start: start + hour, minutes: 5, offered: 3, handled: 3, ahtSeconds: 200 }
		]);
		expect(pieces).toEqual([
			{ start, minutes: 15, offered: 10, handled: 9, ahtSeconds: 300 },
			{ start: start + quarterHourMs, minutes: 15, offered: 10, handled: 9, ahtSeconds: 300 },
			{ start: start + 2 * quarterHourMs, minutes: 15, offered: 10, handled: 9, ahtSeconds: 300 },
			{ start: start + 3 * quarterHourMs, minutes: 15, offered: 10, handled: 9, ahtSeconds: 300 },
			{ start: start + hour, minutes: 5, offered: 3, handled: 3, ahtSeconds: 200 }
		]);
	});

	it('refuses lengths that are not whole quarter hours', () => {
		expect(() => splitToQuarterHours([{ start: 0, minutes: 20, offered: 1, handled: 1, ahtSeconds: 60 }])).toThrow(/20-minute/);
	});
});
