/**
 * The demo center's weekly flexibility index before Tend: the demo has no published schedules for
 * past weeks, so each agent's wish is taken to be their usual start hour (the most common one over
 * their history) and a worked day honours it when it starts within an hour of it (on the 24-hour
 * circle, for nights). Requests approved are unknown then, so the index is the honoured share alone
 * (flexibilityValue). Team values are the mean of their agents', as fairness.ts stores them.
 */
import type { flexibilityIndex, teamFlexibilityIndex } from '../src/lib/server/db/schema';
import { flexibilityValue } from '../src/lib/domain/schedule/fairness';
import { isoWeekStart } from '../src/lib/domain/autonomy/autonomy-index';

interface WorkedDay {
	personId: number;
	day: string;
	shiftStartMinute: number;
}

export function demoFlexibility(days: readonly WorkedDay[], teamOf: ReadonlyMap<number, number | null>, beforeWeek: string) {
	const byPerson = new Map<number, WorkedDay[]>();
	for (const d of days) (byPerson.get(d.personId) ?? byPerson.set(d.personId, []).get(d.personId)!).push(d);
	const agents: (typeof flexibilityIndex.$inferInsert)[] = [];
	for (const [personId, list] of byPerson) {
		const hours = new Map<number, number>();
		for (const d of list) hours.set(Math.floor(d.shiftStartMinute / 60), (hours.get(Math.floor(d.shiftStartMinute / 60)) ?? 0) + 1);
		const usual = [...hours.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0] * 60;
		const weeks = new Map<string, { honoured: number; total: number }>();
		for (const d of list) {
			const week = isoWeekStart(d.day);
			if (week >= beforeWeek) continue;
			const gap = Math.abs(d.shiftStartMinute - usual);
			const w = weeks.get(week) ?? weeks.set(week, { honoured: 0, total: 0 }).get(week)!;
			w.total++;
			if (Math.min(gap, 1440 - gap) <= 60) w.honoured++;
		}
		for (const [weekStart, w] of weeks) agents.push({ personId, weekStart, selfServiceChanges: 0, ...flexibilityValue(w.honoured, w.total, 0, 0) });
	}
	const sums = new Map<string, { teamId: number; weekStart: string; total: number; count: number }>();
	for (const a of agents) {
		const teamId = teamOf.get(a.personId);
		if (teamId === null || teamId === undefined || a.value === null || a.value === undefined) continue;
		const key = `${teamId}|${a.weekStart}`;
		const s = sums.get(key) ?? sums.set(key, { teamId, weekStart: a.weekStart, total: 0, count: 0 }).get(key)!;
		s.total += a.value;
		s.count++;
	}
	const teams: (typeof teamFlexibilityIndex.$inferInsert)[] = [...sums.values()].map((s) => ({ teamId: s.teamId, weekStart: s.weekStart, value: s.total / s.count, agentsMeasured: s.count }));
	return { agents, teams };
}
