import { describe, expect, it } from 'vitest';
import { defaultRules, type AgentInput, type ScheduleProblem } from './center-model';
import { diagnoseProblem } from './clash-diagnosis';
import { addDays } from '../people/turnover';

const window = (from: number, to: number) => [{ startMinute: from * 60, endMinute: to * 60 }];
const allWeek = Array.from({ length: 7 }, () => window(6, 22));

function agent(over: Partial<Omit<AgentInput, 'rules'>> & { rules?: Partial<AgentInput['rules']> } = {}): AgentInput {
	const { rules, ...rest } = over;
	return {
		id: 1,
		name: 'Bo',
		timeZone: 'Europe/Warsaw',
		weekly: allWeek,
		exceptions: new Map(),
		timeOff: new Set(),
		preferences: [],
		...rest,
		rules: { ...defaultRules, minWeeklyMinutes: 24 * 60, maxWeeklyMinutes: 40 * 60, allowedStarts: [6 * 60, 14 * 60, 21 * 60 + 30], shiftLengths: [8 * 60], ...rules }
	};
}

function problem(agents: AgentInput[], weeks = 1, first = '2026-01-05'): ScheduleProblem {
	const days = Array.from({ length: weeks * 7 }, (_, i) => addDays(first, i));
	return { days, intervalMinutes: 15, requirement: new Map(), agents };
}

describe('clash diagnosis', () => {
	it('finds nothing when the rules leave room for the minimum', () => {
		expect(diagnoseProblem(problem([agent()]))).toEqual([]);
	});

	it('names an agent with no availability', () => {
		expect(diagnoseProblem(problem([agent({ weekly: Array.from({ length: 7 }, () => []) })]))).toEqual([{ agentId: 1, agentName: 'Bo', rule: 'no_availability', when: '2026-01-05', amount: 0 }]);
	});

	it('gives the exact shortfall when availability is too thin, with no other rule to relax', () => {
		// Only Monday 09:00-17:30 is available: one 8 h shift from 09:00, 16 h short of 24 h.
		const bo = agent({ weekly: [window(9, 17.5), [], [], [], [], [], []], rules: { allowedStarts: [9 * 60] } });
		expect(diagnoseProblem(problem([bo]))).toEqual([{ agentId: 1, agentName: 'Bo', rule: 'weekly_hours_min', when: '2026-01-05', amount: 16 * 60, relaxations: [] }]);
	});

	it('sees the consecutive-day limit and says how many more days would do', () => {
		// 40 h is five 8 h shifts; one day in a row at most allows four (Mon, Wed, Fri, Sun), 8 h short;
		// two in a row allow five.
		const bo = agent({ rules: { minWeeklyMinutes: 40 * 60, maxConsecutiveDays: 1 } });
		const [clash] = diagnoseProblem(problem([bo]));
		expect(clash).toMatchObject({ rule: 'weekly_hours_min', amount: 8 * 60, relaxations: [{ rule: 'consecutive_days', amount: 1 }] });
	});

	it('sees the rest rule: evening availability only, starts that leave too little rest', () => {
		// Available 14:00-22:00 on Monday and 06:00-14:00 on Tuesday: 14:00-22:00 then 06:00-14:00 leaves 8 h rest.
		const bo = agent({ weekly: [window(14, 22), window(6, 14), [], [], [], [], []], rules: { minWeeklyMinutes: 16 * 60 } });
		const [clash] = diagnoseProblem(problem([bo]));
		// 11 h required, 8 h available: three hours less rest (in half-hour steps) would do.
		expect(clash).toMatchObject({ rule: 'weekly_hours_min', amount: 8 * 60, relaxations: [{ rule: 'rest', amount: 3 * 60 }] });
	});

	it('offers weekend work when the agent may work no weekend and weekends would reach the minimum', () => {
		const bo = agent({ weekly: [window(6, 22), window(6, 22), [], [], [], window(6, 22), window(6, 22)], rules: { minWeeklyMinutes: 32 * 60, maxWeekendsPer4Weeks: 0 } });
		const [clash] = diagnoseProblem(problem([bo]));
		expect(clash).toMatchObject({ rule: 'weekly_hours_min', amount: 16 * 60, relaxations: [{ rule: 'weekends', amount: 1 }] });
	});

	it('counts the weeks that need a weekend against the weekends allowed in 4 weeks', () => {
		// Weekdays give 16 h, the contract needs 24 h: every week needs weekend work; 2 allowed per 4 weeks.
		const bo = agent({ weekly: [window(6, 22), window(6, 22), [], [], [], window(6, 22), window(6, 22)], rules: { maxWeekendsPer4Weeks: 2 } });
		expect(diagnoseProblem(problem([bo], 4))).toEqual([{ agentId: 1, agentName: 'Bo', rule: 'weekends', when: '2026-01-05', amount: 2 }]);
		// Over two weeks, two weekends are enough.
		expect(diagnoseProblem(problem([bo], 2))).toEqual([]);
	});

	it('does not hold a partial week to the weekly minimum', () => {
		const bo = agent({ weekly: [window(9, 17.5), [], window(9, 17.5), [], [], [], []], rules: { allowedStarts: [9 * 60] } });
		expect(diagnoseProblem({ ...problem([bo]), days: ['2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11'] })).toEqual([]);
	});
});
