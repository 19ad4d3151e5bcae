import { describe, expect, it } from 'vitest';
import { demoFlexibility } from './demo-flexibility';

describe('demo flexibility history', () => {
	it('counts days starting within an hour of the usual start hour, per agent and ISO week, and team means', () => {
		const days = [
			// Agent 1 usually starts at 08:00; Monday 5 January 2026 week: 08:30 and 09:00 honour it, 11:00 does not.
			{ personId: 1, day: '2026-01-05', shiftStartMinute: 8 * 60 + 30 },
			{ personId: 1, day: '2026-01-06', shiftStartMinute: 9 * 60 },
			{ personId: 1, day: '2026-01-07', shiftStartMinute: 11 * 60 },
			{ personId: 1, day: '2026-01-12', shiftStartMinute: 8 * 60 },
			{ personId: 1, day: '2026-01-13', shiftStartMinute: 8 * 60 + 10 },
			// Agent 2 works nights from 23:00: 00:30 is an hour and a half away, 23:45 within the hour across midnight.
			{ personId: 2, day: '2026-01-05', shiftStartMinute: 23 * 60 },
			{ personId: 2, day: '2026-01-06', shiftStartMinute: 23 * 60 + 45 },
			{ personId: 2, day: '2026-01-07', shiftStartMinute: 30 },
			// The current week is left out of the weeks (but counts for the usual start).
			{ personId: 2, day: '2026-01-19', shiftStartMinute: 23 * 60 }
		];
		const { agents, teams } = demoFlexibility(days, new Map([[1, 10], [2, 10]]), '2026-01-19');
		const value = (personId: number, weekStart: string) => agents.find((a) => a.personId === personId && a.weekStart === weekStart)?.value;
		expect(value(1, '2026-01-05')).toBeCloseTo(2 / 3, 10);
		expect(value(1, '2026-01-12')).toBe(1);
		expect(value(2, '2026-01-05')).toBeCloseTo(2 / 3, 10);
		expect(agents.some((a) => a.weekStart === '2026-01-19')).toBe(false);
		expect(teams.find((t) => t.weekStart === '2026-01-05')).toEqual({ teamId: 10, weekStart: '2026-01-05', value: 2 / 3, agentsMeasured: 2 });
		expect(teams.find((t) => t.weekStart === '2026-01-12')).toEqual({ teamId: 10, weekStart: '2026-01-12', value: 1, agentsMeasured: 1 });
	});
});
