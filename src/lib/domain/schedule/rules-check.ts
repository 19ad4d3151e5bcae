// Checks one agent's planned shifts against every hard rule of the scheduling model, for changes
// made outside the optimizer (swaps, hand edits). Same rules and units as center-model.ts:
// availability and time off, one shift per local day, minimum rest (between shifts, and within a
// day: a shift may last at most 24 h minus the minimum rest, so 13 h with the default 11 h, as the
// EU Working Time Directive's daily rest implies), maximum consecutive days,
// weekly contract hours (ISO weeks fully inside `days`), at most N weekends in any 4 weeks.
// An overnight shift belongs to the local day it starts on and needs availability on both days.
// Limits: weeks cut by the edge of `days` are not checked for minimum hours (they are partial).
import { wallClock } from '../time/calendar';
import type { AgentInput } from './center-model';

export interface PlannedShift {
	start: number;
	end: number;
}

export type PlanRule = 'availability' | 'one_per_day' | 'shift_length' | 'rest' | 'consecutive_days' | 'weekly_hours_min' | 'weekly_hours_max' | 'weekends';

export interface PlanViolation {
	rule: PlanRule;
	/** The local day (or the week's Monday) concerned. */
	when: string;
	/** How far off, in the rule's unit (minutes, days, weekends); 0 when it is yes or no. */
	amount: number;
}

export function checkPlan(agent: AgentInput, days: readonly string[], planned: readonly PlannedShift[]): PlanViolation[] {
	const out: PlanViolation[] = [];
	const r = agent.rules;
	const list = [...planned].sort((a, b) => a.start - b.start).map((s) => ({ ...s, ...wallClock(s.start, agent.timeZone), minutes: (s.end - s.start) / 60_000 }));
	const byDay = new Map<string, typeof list>();
	for (const s of list) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
	for (const [day, same] of byDay) if (same.length > 1) out.push({ rule: 'one_per_day', when: day, amount: same.length - 1 });
	const windowsOn = (day: string, weekday: number) => (agent.timeOff.has(day) ? [] : agent.exceptions.has(day) ? [agent.exceptions.get(day)].filter((w) => w) : (agent.weekly[weekday] ?? []));
	for (const s of list) {
		const end = s.minute + s.minutes;
		let inside: boolean;
		if (end <= 1440) inside = windowsOn(s.day, s.weekday).some((w) => w && s.minute >= w.startMinute && end <= w.endMinute);
		else {
			// An overnight shift needs availability to midnight and from midnight on the next local day.
			const next = wallClock(s.end - 1, agent.timeZone);
			inside = windowsOn(s.day, s.weekday).some((w) => w && s.minute >= w.startMinute && w.endMinute === 1440) && windowsOn(next.day, next.weekday).some((w) => w && w.startMinute === 0 && end - 1440 <= w.endMinute);
		}
		if (!inside) out.push({ rule: 'availability', when: s.day, amount: 0 });
	}
	const longest = 1440 - r.minRestMinutes;
	for (const s of list) if (s.minutes > longest) out.push({ rule: 'shift_length', when: s.day, amount: Math.round(s.minutes - longest) });
	for (let i = 1; i < list.length; i++) {
		const rest = (list[i]!.start - list[i - 1]!.end) / 60_000;
		if (rest < r.minRestMinutes) out.push({ rule: 'rest', when: list[i]!.day, amount: Math.round(r.minRestMinutes - rest) });
	}
	let run = 0;
	for (const day of days) {
		run = byDay.has(day) ? run + 1 : 0;
		if (run > r.maxConsecutiveDays) out.push({ rule: 'consecutive_days', when: day, amount: run - r.maxConsecutiveDays });
	}
	// Whole ISO weeks inside the period.
	const mondays = days.filter((d, i) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1 && i + 6 < days.length);
	const weekendWorked: boolean[] = [];
	for (const monday of mondays) {
		const week = days.slice(days.indexOf(monday), days.indexOf(monday) + 7);
		const minutes = list.filter((s) => week.includes(s.day)).reduce((sum, s) => sum + s.minutes, 0);
		if (minutes < r.minWeeklyMinutes) out.push({ rule: 'weekly_hours_min', when: monday, amount: r.minWeeklyMinutes - minutes });
		if (minutes > r.maxWeeklyMinutes) out.push({ rule: 'weekly_hours_max', when: monday, amount: minutes - r.maxWeeklyMinutes });
		weekendWorked.push(list.some((s) => s.weekday >= 5 && week.includes(s.day)));
	}
	for (let w = 0; w + 4 <= Math.max(weekendWorked.length, 4); w++) {
		const n = weekendWorked.slice(w, w + 4).filter(Boolean).length;
		if (n > r.maxWeekendsPer4Weeks) out.push({ rule: 'weekends', when: mondays[w] ?? days[0]!, amount: n - r.maxWeekendsPer4Weeks });
	}
	return out;
}

/** The violations `after` has that `before` did not: what a change would newly break. */
export function newViolations(before: readonly PlanViolation[], after: readonly PlanViolation[]): PlanViolation[] {
	const key = (v: PlanViolation) => `${v.rule}@${v.when}`;
	const had = new Map(before.map((v) => [key(v), v.amount]));
	return after.filter((v) => !had.has(key(v)) || v.amount > had.get(key(v))!);
}
