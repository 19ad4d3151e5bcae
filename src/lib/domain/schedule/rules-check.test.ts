import { describe, expect, it } from 'vitest';
import { defaultRules, localTimeMs, type AgentInput } from './center-model';
import { checkPlan, newViolations } from './rules-check';

const tz = 'Europe/Warsaw';
const agent: AgentInput = {
	id: 1,
	name: 'Ana',
	timeZone: tz,
	rules: { ...defaultRules, minWeeklyMinutes: 16 * 60, maxWeeklyMinutes: 40 * 60, maxConsecutiveDays: 5, maxWeekendsPer4Weeks: 1 },
	weekly: Array.from({ length: 7 }, () => [{ startMinute: 6 * 60, endMinute: 22 * 60 }]),
	exceptions: new Map([['2026-01-08', null]]),
	timeOff: new Set(['2026-01-09']),
	preferences: []
};
const days = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10));
const shift = (day: string, startHour: number, hours = 8) => ({ start: localTimeMs(day, startHour * 60, tz), end: localTimeMs(day, (startHour + hours) * 60, tz) });

describe('checkPlan', () => {
	it('passes a plan that keeps every rule', () => {
		const plan = ['2026-01-05', '2026-01-06', '2026-01-12', '2026-01-13'].map((d) => shift(d, 8));
		expect(checkPlan(agent, days, plan)).toEqual([]);
	});
	it('names each broken rule with its amount', () => {
		const plan = [
			shift('2026-01-05', 14), // ends 22:00
			shift('2026-01-06', 6), // 8 h rest: 3 h short
			shift('2026-01-06', 12), // a second shift that day
			shift('2026-01-08', 8), // exception: unavailable
			shift('2026-01-09', 8), // approved time off
			shift('2026-01-10', 8),
			shift('2026-01-17', 8) // second weekend in 4 weeks
		];
		const rules = checkPlan(agent, days, plan).map((v) => `${v.rule}@${v.when}:${v.amount}`);
		expect(rules).toEqual(expect.arrayContaining(['one_per_day@2026-01-06:1', 'availability@2026-01-08:0', 'availability@2026-01-09:0', 'rest@2026-01-06:180', 'weekends@2026-01-05:1', 'weekly_hours_min@2026-01-12:480']));
	});
	it('refuses a shift longer than a day can be and still leave the minimum rest (24 h - 11 h = 13 h)', () => {
		const plan = ['2026-01-05', '2026-01-06'].map((d) => shift(d, 6, 13));
		expect(checkPlan(agent, days, plan).filter((v) => v.rule === 'shift_length')).toEqual([]);
		expect(checkPlan(agent, days, [shift('2026-01-05', 6, 15.5)]).filter((v) => v.rule === 'shift_length')).toEqual([{ rule: 'shift_length', when: '2026-01-05', amount: 150 }]);
		const rested = { ...agent, rules: { ...agent.rules, minRestMinutes: 8 * 60 } };
		expect(checkPlan(rested, days, [shift('2026-01-05', 6, 15.5)]).filter((v) => v.rule === 'shift_length')).toEqual([]);
	});
	it('counts consecutive days and weekly maximum hours', () => {
		const plan = days.slice(0, 7).filter((d) => d !== '2026-01-08' && d !== '2026-01-09').map((d) => shift(d, 8, 9));
		const long = { ...agent, exceptions: new Map(), timeOff: new Set<string>(), rules: { ...agent.rules, maxWeeklyMinutes: 30 * 60, maxConsecutiveDays: 2, maxWeekendsPer4Weeks: 4 } };
		const found = checkPlan(long, days, plan).map((v) => v.rule);
		expect(found).toContain('consecutive_days');
		expect(found).toContain('weekly_hours_max');
	});
});

describe('overnight shifts', () => {
	const nights = { ...agent, exceptions: new Map(), timeOff: new Set<string>(), weekly: Array.from({ length: 7 }, () => [{ startMinute: 0, endMinute: 7 * 60 }, { startMinute: 20 * 60, endMinute: 1440 }]) };
	const night = (day: string) => ({ start: localTimeMs(day, 22 * 60, tz), end: localTimeMs(days[days.indexOf(day) + 1]!, 6 * 60, tz) });
	it('accepts a night shift when the agent is available to midnight and from midnight the next day', () => {
		expect(checkPlan(nights, days, [night('2026-01-05')]).filter((v) => v.rule !== 'weekly_hours_min')).toEqual([]);
	});
	it('refuses it when the next morning is not available, and counts rest from its real end', () => {
		const lateStart = { ...nights, weekly: nights.weekly.map((w, i) => (i === 1 ? [{ startMinute: 20 * 60, endMinute: 1440 }] : w)) };
		expect(checkPlan(lateStart, days, [night('2026-01-05')]).map((v) => v.rule)).toContain('availability');
		// 22:00–06:00, then 14:00 the same day: 8 h of rest, 3 h short of 11.
		const plan = [night('2026-01-05'), { start: localTimeMs('2026-01-06', 14 * 60, tz), end: localTimeMs('2026-01-06', 22 * 60, tz) }];
		expect(checkPlan({ ...nights, weekly: Array.from({ length: 7 }, () => [{ startMinute: 0, endMinute: 1440 }]) }, days, plan).filter((v) => v.rule === 'rest')).toEqual([{ rule: 'rest', when: '2026-01-06', amount: 180 }]);
	});
});

describe('newViolations', () => {
	it('keeps only what the change breaks anew or worse', () => {
		const before = [{ rule: 'rest' as const, when: '2026-01-06', amount: 60 }];
		const after = [{ rule: 'rest' as const, when: '2026-01-06', amount: 60 }, { rule: 'one_per_day' as const, when: '2026-01-07', amount: 1 }, { rule: 'rest' as const, when: '2026-01-06', amount: 90 }];
		expect(newViolations(before, after)).toEqual([after[1], after[2]]);
	});
});
