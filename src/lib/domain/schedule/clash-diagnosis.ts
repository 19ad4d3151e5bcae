// Why no schedule can keep an agent's rules, found before solving, with the smallest relaxation of
// each rule that would make room (3/7). For each agent and ISO week of the horizon: the most paid
// minutes their availability allows under the rest, consecutive-days and weekend rules, found
// exactly by dynamic programming over the week's days (state: yesterday's shift, or none, and the
// run of working days so far). A week below the contract minimum is a clash; each relaxation is
// then tried alone: the minimum itself (by the shortfall), the minimum rest (in half hours), the
// consecutive-day limit (in days) and weekend work (when the agent may work none). Over each 4-week
// window the weeks that reach the minimum only with weekend work are counted against the
// weekends allowed per 4 weeks.
// Limits: a week is taken on its own (a run of days or a late shift carried over from the week
// before is not seen); the minimum rest is at most 24 h (rules-input.ts), so a day off always
// restores it; coverage is not a rule, it is what the solver then trades off.
import { candidatesFor, isoWeekday, type AgentInput, type Candidate, type ScheduleProblem } from './center-model';

export type ClashRule = 'weekly_hours_min' | 'weekends' | 'no_availability';

export interface Relaxation {
	rule: 'rest' | 'consecutive_days' | 'weekends';
	/** Minutes of rest less, days more in a row, or weekends more. */
	amount: number;
}

export interface Clash {
	agentId: number;
	agentName: string;
	rule: ClashRule;
	/** The week's Monday (or the first day of the horizon for no availability). */
	when: string;
	/** Minutes short of the contract minimum, or weekends over the cap. */
	amount: number;
	/** Other single relaxations that would also remove a weekly-minimum clash. */
	relaxations?: Relaxation[];
}

interface DayOptions {
	weekend: boolean;
	candidates: readonly Candidate[];
}

interface Limits {
	minRestMinutes: number;
	maxConsecutiveDays: number;
	weekends: boolean;
}

/** The most paid minutes in one week under the limits (exact). */
export function mostWeeklyMinutes(days: readonly DayOptions[], limits: Limits): number {
	// Kept per key (yesterday's shift or off, and the run of working days): the most minutes.
	type State = { shift: Candidate | null; run: number; minutes: number };
	let states: State[] = [{ shift: null, run: 0, minutes: 0 }];
	for (const day of days) {
		const next = new Map<string, State>();
		const keep = (key: string, s: State) => {
			const seen = next.get(key);
			if (!seen || seen.minutes < s.minutes) next.set(key, s);
		};
		for (const s of states) {
			keep(`off`, { shift: null, run: 0, minutes: s.minutes });
			if ((day.weekend && !limits.weekends) || s.run >= limits.maxConsecutiveDays) continue;
			day.candidates.forEach((c, i) => {
				if (s.shift && c.start - s.shift.end < limits.minRestMinutes * 60_000) return;
				keep(`${i}|${s.run + 1}`, { shift: c, run: s.run + 1, minutes: s.minutes + c.minutes });
			});
		}
		states = [...next.values()];
	}
	return Math.max(0, ...states.map((s) => s.minutes));
}

function weeksOf(days: readonly string[]): string[][] {
	const weeks: string[][] = [];
	for (const day of days) {
		if (!weeks.length || isoWeekday(day) === 0) weeks.push([]);
		weeks[weeks.length - 1]!.push(day);
	}
	return weeks;
}

/** The clashes of every agent of the problem, each with what would relax it. */
export function diagnoseProblem(problem: ScheduleProblem): Clash[] {
	const out: Clash[] = [];
	const weeks = weeksOf(problem.days);
	for (const agent of problem.agents) {
		const r = agent.rules;
		const base: Limits = { minRestMinutes: r.minRestMinutes, maxConsecutiveDays: r.maxConsecutiveDays, weekends: r.maxWeekendsPer4Weeks > 0 };
		const options = weeks.map((week) => week.map((day): DayOptions => ({ weekend: isoWeekday(day) >= 5, candidates: candidatesFor(agent, day) })));
		if (options.every((week) => week.every((d) => d.candidates.length === 0))) {
			out.push({ agentId: agent.id, agentName: agent.name, rule: 'no_availability', when: problem.days[0]!, amount: 0 });
			continue;
		}
		const needsWeekend: boolean[] = [];
		options.forEach((week, w) => {
			// A partial week at either end of the horizon is not held to the weekly minimum.
			if (week.length < 7 || r.minWeeklyMinutes <= 0) return needsWeekend.push(false);
			const most = mostWeeklyMinutes(week, base);
			const withoutWeekend = base.weekends ? mostWeeklyMinutes(week, { ...base, weekends: false }) : most;
			needsWeekend.push(base.weekends && withoutWeekend < r.minWeeklyMinutes && most >= r.minWeeklyMinutes);
			if (most >= r.minWeeklyMinutes) return;
			out.push({ agentId: agent.id, agentName: agent.name, rule: 'weekly_hours_min', when: weeks[w]![0]!, amount: r.minWeeklyMinutes - most, relaxations: relaxationsFor(agent, week, base) });
		});
		// Weeks that need a weekend, against the weekends allowed in each 4-week window.
		if (base.weekends) {
			let worst = { over: 0, when: '' };
			for (let w = 0; w < weeks.length; w++) {
				const over = needsWeekend.slice(w, w + 4).filter(Boolean).length - r.maxWeekendsPer4Weeks;
				if (over > worst.over) worst = { over, when: weeks[w]![0]! };
			}
			if (worst.over > 0) out.push({ agentId: agent.id, agentName: agent.name, rule: 'weekends', when: worst.when, amount: worst.over });
		}
	}
	return out;
}

function relaxationsFor(agent: AgentInput, week: readonly DayOptions[], base: Limits): Relaxation[] {
	const need = agent.rules.minWeeklyMinutes;
	const out: Relaxation[] = [];
	for (let rest = base.minRestMinutes - 30; rest >= 0; rest -= 30) {
		if (mostWeeklyMinutes(week, { ...base, minRestMinutes: rest }) >= need) {
			out.push({ rule: 'rest', amount: base.minRestMinutes - rest });
			break;
		}
	}
	for (let days = base.maxConsecutiveDays + 1; days <= 7; days++) {
		if (mostWeeklyMinutes(week, { ...base, maxConsecutiveDays: days }) >= need) {
			out.push({ rule: 'consecutive_days', amount: days - base.maxConsecutiveDays });
			break;
		}
	}
	if (!base.weekends && mostWeeklyMinutes(week, { ...base, weekends: true }) >= need) out.push({ rule: 'weekends', amount: 1 });
	return out;
}
