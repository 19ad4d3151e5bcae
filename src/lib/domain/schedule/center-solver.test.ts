import { describe, expect, it } from 'vitest';
import { candidatesFor, defaultRules, localTimeMs, type AgentInput, type ScheduleProblem } from './center-model';
import { breakSlots, placeBreaks, solveSchedule, type BreakRoom } from './center-solver';
import { mulberry32 } from '../random';

const seeded = mulberry32;

/**
 * A fake clock that advances 20 ms per reading, so runs are deterministic whatever the machine
 * (the solver reads it once per 1,024 moves: a 4 s limit is about 200,000 moves).
 */
function fakeClock() {
	let t = 0;
	return () => (t += 20);
}

const allWeek = Array.from({ length: 7 }, () => [{ startMinute: 6 * 60, endMinute: 22 * 60 }]);

function agent(id: number, over: Partial<AgentInput> = {}): AgentInput {
	return {
		id,
		name: `Agent ${id}`,
		timeZone: 'Europe/Warsaw',
		rules: { ...defaultRules, minWeeklyMinutes: 24 * 60, maxWeeklyMinutes: 40 * 60 },
		weekly: allWeek,
		exceptions: new Map(),
		timeOff: new Set(),
		preferences: [],
		...over
	};
}

function days(first: string, count: number): string[] {
	const [y, m, d] = first.split('-').map(Number) as [number, number, number];
	return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

/** 3 agents needed 08:00–20:00 local every day, in 15-minute intervals. */
function requirement(list: string[], perInterval = 3): Map<number, number> {
	const out = new Map<number, number>();
	for (const day of list) for (let minute = 8 * 60; minute < 20 * 60; minute += 15) out.set(localTimeMs(day, minute, 'Europe/Warsaw'), perInterval);
	return out;
}

function problem(agents: AgentInput[], first = '2026-01-05', weeks = 2): ScheduleProblem {
	const list = days(first, weeks * 7);
	return { days: list, intervalMinutes: 15, requirement: requirement(list), agents };
}

describe('candidatesFor', () => {
	it('keeps shifts inside the availability window and off time-off days', () => {
		const a = agent(1, { weekly: [[{ startMinute: 9 * 60, endMinute: 18 * 60 }], [], [], [], [], [], []], timeOff: new Set(['2026-01-12']) });
		const monday = candidatesFor(a, '2026-01-05');
		expect(monday.length).toBeGreaterThan(0);
		for (const c of monday) {
			expect(c.localStart).toBeGreaterThanOrEqual(9 * 60);
			expect(c.localStart + c.minutes).toBeLessThanOrEqual(18 * 60);
		}
		expect(candidatesFor(a, '2026-01-06')).toEqual([]);
		expect(candidatesFor(a, '2026-01-12')).toEqual([]);
	});
	it('keeps wall-clock times across the spring DST change', () => {
		const c = candidatesFor(agent(1), '2026-03-29').find((x) => x.localStart === 8 * 60)!;
		// 08:00 in Warsaw on 29 March 2026 is 06:00 UTC (summer time began at 01:00 UTC).
		expect(new Date(c.start).toISOString()).toBe('2026-03-29T06:00:00.000Z');
		expect(c.end - c.start).toBe(c.minutes * 60_000);
	});
});

describe('solveSchedule', () => {
	const agents = Array.from({ length: 8 }, (_, i) => agent(i + 1));
	const run = (p: ScheduleProblem, seed = 1, limit = 4000) => solveSchedule(p, { timeLimitMs: limit, clock: fakeClock(), random: seeded(seed) });

	it('keeps every hard rule and covers most of the requirement', () => {
		const result = run(problem(agents));
		expect(result.violations).toEqual([]);
		const perAgentDay = new Set(result.shifts.map((s) => `${s.agentId}@${s.day}`));
		expect(perAgentDay.size).toBe(result.shifts.length);
		// Rest of 11 h between consecutive shifts of the same agent.
		for (const a of agents) {
			const mine = result.shifts.filter((s) => s.agentId === a.id).sort((x, y) => x.start - y.start);
			for (let i = 1; i < mine.length; i++) expect(mine[i]!.start - mine[i - 1]!.end).toBeGreaterThanOrEqual(11 * 3_600_000);
		}
		expect(result.underStaffedIntervals).toBeLessThan(2 * 14 * 48 * 0.2);
		expect(result.objective).toBeGreaterThanOrEqual(result.lowerBound);
	});

	it('is deterministic for a seed and a clock', () => {
		const a = run(problem(agents), 7);
		const b = run(problem(agents), 7);
		expect(a.shifts).toEqual(b.shifts);
		expect(a.objective).toBe(b.objective);
	});

	it('places a lunch and two breaks inside every 8-hour shift', () => {
		const result = run(problem(agents));
		for (const s of result.shifts.filter((x) => x.end - x.start >= 8 * 3_600_000)) {
			expect(s.breaks.map((b) => b.kind)).toEqual(['break', 'lunch', 'break']);
			for (const b of s.breaks) {
				expect(b.start).toBeGreaterThanOrEqual(s.start);
				expect(b.end).toBeLessThanOrEqual(s.end);
			}
		}
	});

	it('honours a day-off preference when coverage allows', () => {
		// Ten agents for a requirement eight can cover: there is room to grant the wish.
		const team = Array.from({ length: 10 }, (_, i) => agent(i + 1));
		const withPreference = team.map((a) => (a.id === 1 ? { ...a, preferences: [{ kind: 'day_off' as const, weekday: 2 }] } : a));
		const result = run(problem(withPreference));
		const wednesdays = result.shifts.filter((s) => s.agentId === 1 && new Date(s.start).getUTCDay() === 3);
		expect(wednesdays).toEqual([]);
	});

	it('gives a lower bound that counts intervals nobody can reach', () => {
		const p = problem([agent(1, { weekly: Array.from({ length: 7 }, () => [{ startMinute: 8 * 60, endMinute: 16 * 60 + 30 }]) })], '2026-01-05', 1);
		const result = run(p);
		// 16:30–20:00 is 14 intervals a day nobody can cover, 3 agents short each: 10 points per agent-interval.
		expect(result.lowerBound).toBeGreaterThanOrEqual(7 * 14 * 3 * 10);
	});

	it('counts only the hours an agent can place where they reach', () => {
		// One interval needed 08:00–20:00 for a week (336). Agent 1 may work all day; agent 2 only
		// 08:00–12:00, where no 8-hour shift fits, so their 40 hours cover nothing. Agent 1's best
		// shift covers 31 intervals (8.5 h less a break and the lunch, which surely take different
		// intervals; 8 h gives 29), so 40 hours cover at most 2400 × 31 / 510: about
		// 190 stay short, 10 points each. The agents' hours alone (320) would only show 16.
		const list = days('2026-01-05', 7);
		const p: ScheduleProblem = { days: list, intervalMinutes: 15, requirement: requirement(list, 1), agents: [agent(1), agent(2, { weekly: Array.from({ length: 7 }, () => [{ startMinute: 8 * 60, endMinute: 12 * 60 }]) })] };
		const result = run(p);
		expect(result.lowerBound).toBeCloseTo((336 - (2400 * 31) / 510) * 10, 6);
		expect(result.terms.under).toBeGreaterThanOrEqual(result.lowerBound);
		// A single 60-hour agent is held to one shift a day: 7 × 31 = 217 intervals, not 219.
		const long = run({ ...p, agents: [agent(1, { rules: { ...defaultRules, maxWeeklyMinutes: 60 * 60 } })] });
		expect(long.lowerBound).toBe((336 - 217) * 10);
	});

	it('counts at most the allowed weekends over four weeks', () => {
		// One agent needed 08:00–20:00 on Saturdays and Sundays only (8 days × 48 = 384), one agent
		// allowed 2 weekends in 4 weeks: at most 4 days × 31 intervals are covered.
		const list = days('2026-01-05', 28);
		const weekends = list.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
		const result = run({ days: list, intervalMinutes: 15, requirement: requirement(weekends, 1), agents: [agent(1)] });
		expect(result.lowerBound).toBe((384 - 4 * 31) * 10);
		expect(result.violations).toEqual([]);
	});
});


describe('solveSchedule with skills per queue', () => {
	const run = (p: ScheduleProblem) => solveSchedule(p, { timeLimitMs: 4000, clock: fakeClock(), random: seeded(3) });
	// Billing needs 2 agents 08:00–20:00 and sales 1; four agents are billing-only, two sales-only.
	function skilled(): ScheduleProblem {
		const list = days('2026-01-05', 7);
		const billing = requirement(list, 2);
		const sales = requirement(list, 1);
		const total = new Map([...billing].map(([t, v]) => [t, v + sales.get(t)!]));
		const team = Array.from({ length: 6 }, (_, i) => agent(i + 1, { skills: i < 4 ? [10] : [20] }));
		return { days: list, intervalMinutes: 15, requirement: total, queueRequirements: [{ queueId: 10, requirement: billing }, { queueId: 20, requirement: sales }], agents: team };
	}

	it('puts each agent where their own queue is short', () => {
		// One Monday: billing needs 1 agent 08:00–16:00, sales 1 agent 12:00–20:00. Pooled, either
		// agent could take either shift; with skills only the billing agent can start at 08:00.
		const list = days('2026-01-05', 7);
		const window = (from: number, to: number) => {
			const out = new Map<number, number>();
			for (let minute = from * 60; minute < to * 60; minute += 15) out.set(localTimeMs(list[0]!, minute, 'Europe/Warsaw'), 1);
			return out;
		};
		const billing = window(8, 16);
		const sales = window(12, 20);
		const total = new Map(billing);
		for (const [t, v] of sales) total.set(t, (total.get(t) ?? 0) + v);
		const rules = { ...defaultRules, minWeeklyMinutes: 0, shiftLengths: [8 * 60] };
		// Sales agent first, so the greedy start would hand them the early shift if skills were ignored.
		const team = [agent(2, { rules, skills: [20] }), agent(1, { rules, skills: [10] })];
		const result = run({ days: list, intervalMinutes: 15, requirement: total, queueRequirements: [{ queueId: 10, requirement: billing }, { queueId: 20, requirement: sales }], agents: team });
		const startOf = (id: number) => result.shifts.filter((s) => s.agentId === id).map((s) => new Date(s.start).toISOString());
		expect(startOf(1)).toEqual(['2026-01-05T07:00:00.000Z']);
		expect(startOf(2)).toEqual(['2026-01-05T11:00:00.000Z']);
		expect(result.violations).toEqual([]);
	});

	it('counts a queue nobody is skilled for as short, whoever is present', () => {
		const p = skilled();
		const agents = p.agents.map((a) => ({ ...a, skills: [10] }));
		const result = run({ ...p, agents });
		// Sales 1 agent × 48 intervals × 7 days can never be covered: 10 points each.
		expect(result.lowerBound).toBeGreaterThanOrEqual(7 * 48 * 10);
		expect(result.terms.under).toBeGreaterThanOrEqual(7 * 48 * 10);
	});

	it('prices the same as one requirement when everyone has every skill', () => {
		const p = skilled();
		const everyone = p.agents.map((a) => ({ ...a, skills: [10, 20] }));
		const split = run({ ...p, agents: everyone });
		const whole = run({ ...p, agents: everyone, queueRequirements: undefined });
		expect(split.objective).toBeCloseTo(whole.objective, 6);
		expect(split.shifts).toEqual(whole.shifts);
	});
});

describe('placeBreaks with the contract’s break rules', () => {
	const step = 15 * 60_000;
	const t0 = 0;
	const shift = { start: 8 * 3_600_000, end: 16.5 * 3_600_000, localStart: 8 * 60, minutes: 8.5 * 60, night: false };
	// Five agents present against three required in every interval.
	const fresh = (): BreakRoom => {
		const present = new Float64Array(96).fill(5);
		return { spare: (k) => (present[k] ?? 3) - 3, take: (k) => void (present[k]! -= 1) };
	};
	it('places two short breaks and a lunch of the given lengths', () => {
		const breaks = placeBreaks(shift, step, t0, fresh(), { breakMinutes: 10, lunchMinutes: 45 });
		expect(breaks.map((b) => [b.kind, (b.end - b.start) / 60_000])).toEqual([['break', 10], ['lunch', 45], ['break', 10]]);
	});
	it('places none where the contract says 0, and the defaults without a contract', () => {
		expect(placeBreaks(shift, step, t0, fresh(), { breakMinutes: 0, lunchMinutes: 0 })).toEqual([]);
		expect(placeBreaks(shift, step, t0, fresh()).map((b) => (b.end - b.start) / 60_000)).toEqual([15, 30, 15]);
	});
});

describe('breakSlots', () => {
	const step = 15 * 60_000;
	const rules = { breakMinutes: 15, lunchMinutes: 30 };
	const at = (startMinute: number, minutes: number) => ({ start: startMinute * 60_000, end: (startMinute + minutes) * 60_000, localStart: startMinute, minutes, night: false });
	it('counts the breaks whose windows cannot share an interval', () => {
		// 8 h and 8.5 h: the lunch's window overlaps the second break's, so only the first break
		// and the lunch are sure to take different intervals (3); 6 h: the lunch alone (2).
		expect(breakSlots(at(480, 480), step, rules)).toBe(3);
		expect(breakSlots(at(480, 510), step, rules)).toBe(3);
		expect(breakSlots(at(480, 360), step, rules)).toBe(2);
		expect(breakSlots(at(480, 300), step, rules)).toBe(0);
		expect(breakSlots(at(480, 480), step, { breakMinutes: 0, lunchMinutes: 0 })).toBe(0);
	});
	it('is never more than the intervals placeBreaks takes, wherever the room leads it, and no break takes one twice', () => {
		const random = seeded(5);
		for (let trial = 0; trial < 400; trial++) {
			const shift = at(360 + Math.floor(random() * 48) * 5, 300 + Math.floor(random() * 60) * 5);
			const r = { breakMinutes: [0, 10, 15, 20][Math.floor(random() * 4)]!, lunchMinutes: [0, 30, 45, 60][Math.floor(random() * 4)]! };
			const spare = Float64Array.from({ length: 200 }, () => Math.floor(random() * 4));
			const taken = new Set<number>();
			let takes = 0;
			placeBreaks(shift, step, 0, { spare: (k) => spare[k]! - (taken.has(k) ? 1 : 0), take: (k) => { takes++; taken.add(k); } }, r);
			expect(taken.size).toBeGreaterThanOrEqual(breakSlots(shift, step, r));
			// No interval is left twice.
			expect(takes).toBe(taken.size);
		}
	});
});
