// Outcomes by team and week, and the levers beside them: the research's measures from the
// agent-day outcomes (CSAT weighted by survey answers, first contact resolution, first reply and
// resolution times, customer effort, handle time, QA), and per team-week the levers Tend stores:
// schedule flexibility (3/7), autonomy (4/7), training and coaching (5/7), and engagement (6/7,
// only teams the anonymity plan released). Supervisors see their teams, HR and admins all; an
// agent sees their own figures beside their team's.
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, autonomyIndex, people, specialDays, teamFlexibilityIndex, teams, trainingWeekly } from './db/schema';
import type { DataScope } from './auth/guard';
import { teamEngagement } from './turnover-risk';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { compareQuartiles, fixedEffectsSlope, type TeamWeek } from '$lib/domain/outcomes/levers';
import { compareDay } from '$lib/domain/outcomes/daily-review';
import { addDays } from '$lib/domain/people/turnover';
import { mulberry32 } from '$lib/domain/random';
import { outcomeMeasures, type OutcomeMeasure } from '$lib/domain/outcomes/measures';

export const leverKeys = ['flexibility', 'autonomy', 'training', 'engagement'] as const;
export type LeverKey = (typeof leverKeys)[number];

type Row = typeof agentDayOutcomes.$inferSelect;

/** Mean of each outcome over rows; CSAT weighted by the number of survey answers. */
export function summarize(rows: readonly Row[]): Record<OutcomeMeasure, number | null> {
	const avg = (f: (r: Row) => number | null) => {
		const v = rows.map(f).filter((x): x is number => x !== null);
		return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
	};
	const answered = rows.filter((r) => r.csat !== null && r.csatResponses > 0);
	const weight = answered.reduce((s, r) => s + r.csatResponses, 0);
	return {
		csat: weight ? answered.reduce((s, r) => s + r.csat! * r.csatResponses, 0) / weight : null,
		fcr: avg((r) => r.fcr),
		firstReplySeconds: avg((r) => r.firstReplySeconds),
		resolutionSeconds: avg((r) => r.resolutionSeconds),
		customerEffort: avg((r) => r.customerEffort),
		handleSeconds: avg((r) => r.handleSeconds),
		qaScore: avg((r) => r.qaScore)
	};
}

export async function teamOutcomes(database: Database, scope: DataScope, today: string, weeks: number) {
	const from = isoWeekStart(addDays(today, -7 * weeks));
	const teamRows = await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, scope.organizationId));
	const visible = scope.kind === 'teams' ? teamRows.filter((t) => scope.teamIds.includes(t.id)) : teamRows;
	const ids = visible.map((t) => t.id);
	const rows = ids.length ? await database.db.select({ o: agentDayOutcomes, teamId: people.teamId }).from(agentDayOutcomes).innerJoin(people, eq(people.id, agentDayOutcomes.personId)).where(and(inArray(people.teamId, ids), gte(agentDayOutcomes.day, from))) : [];
	const weeksList = [...new Set(rows.map((r) => isoWeekStart(r.o.day)))].filter((w) => w < isoWeekStart(today)).sort();
	const cells = new Map<string, Row[]>();
	for (const r of rows) {
		const key = `${r.teamId}|${isoWeekStart(r.o.day)}`;
		(cells.get(key) ?? cells.set(key, []).get(key)!).push(r.o);
	}
	const table = visible.map((t) => ({ teamId: t.id, name: t.name, weeks: weeksList.map((w) => ({ week: w, ...summarize(cells.get(`${t.id}|${w}`) ?? []) })) }));
	return { weeks: weeksList, table, cells };
}

/** Levers per team-week from what the other modules store. */
export async function teamLevers(database: Database, organizationId: number, teamIds: number[], fromWeek: string, today: string): Promise<Map<string, Partial<Record<LeverKey, number>>>> {
	const out = new Map<string, Partial<Record<LeverKey, number>>>();
	const set = (teamId: number, week: string, key: LeverKey, value: number | null) => {
		if (value === null) return;
		const k = `${teamId}|${week}`;
		(out.get(k) ?? out.set(k, {}).get(k)!)[key] = value;
	};
	if (!teamIds.length) return out;
	for (const r of await database.db.select().from(teamFlexibilityIndex).where(and(inArray(teamFlexibilityIndex.teamId, teamIds), gte(teamFlexibilityIndex.weekStart, fromWeek)))) set(r.teamId, r.weekStart, 'flexibility', r.value);
	for (const r of await database.db.select().from(autonomyIndex).where(and(inArray(autonomyIndex.teamId, teamIds), gte(autonomyIndex.weekStart, fromWeek)))) set(r.teamId, r.weekStart, 'autonomy', r.autonomyShare);
	const training = await database.db.select({ w: trainingWeekly, teamId: people.teamId }).from(trainingWeekly).innerJoin(people, eq(people.id, trainingWeekly.personId)).where(and(inArray(people.teamId, teamIds), gte(trainingWeekly.weekStart, fromWeek)));
	const headcount = new Map((await database.db.select({ teamId: people.teamId, id: people.id }).from(people).where(and(inArray(people.teamId, teamIds), eq(people.role, 'agent')))).reduce((m, p) => m.set(p.teamId!, (m.get(p.teamId!) ?? 0) + 1), new Map<number, number>()));
	const trainingSums = new Map<string, number>();
	for (const r of training) trainingSums.set(`${r.teamId}|${r.w.weekStart}`, (trainingSums.get(`${r.teamId}|${r.w.weekStart}`) ?? 0) + r.w.practiceAttempts + r.w.coachingSessions);
	for (const [k, v] of trainingSums) {
		const [team, week] = k.split('|');
		set(Number(team), week!, 'training', v / Math.max(1, headcount.get(Number(team)) ?? 1));
	}
	const engagement = await teamEngagement(database, organizationId, today);
	for (const e of engagement) if (teamIds.includes(e.teamId)) for (let w = isoWeekStart(e.closesOn); w < addDays(isoWeekStart(e.closesOn), 28); w = addDays(w, 7)) set(e.teamId, w, 'engagement', e.enps);
	return out;
}

export interface LeverFinding {
	lever: LeverKey;
	outcome: 'csat' | 'fcr';
	teamWeeks: number;
	quartiles: ReturnType<typeof compareQuartiles>;
	fixedEffects: ReturnType<typeof fixedEffectsSlope>;
}

/** For each lever and the two headline outcomes: quartile comparison and fixed-effects slope. */
export function leverFindings(cells: Map<string, Row[]>, levers: Map<string, Partial<Record<LeverKey, number>>>): LeverFinding[] {
	const findings: LeverFinding[] = [];
	for (const lever of leverKeys)
		for (const outcome of ['csat', 'fcr'] as const) {
			const points: TeamWeek[] = [];
			for (const [k, l] of levers) {
				const value = l[lever];
				const rows = cells.get(k);
				if (value === undefined || !rows?.length) continue;
				const o = summarize(rows)[outcome];
				if (o === null) continue;
				const [team, week] = k.split('|');
				points.push({ teamId: Number(team), week: week!, lever: value, outcome: o * 100 });
			}
			findings.push({ lever, outcome, teamWeeks: points.length, quartiles: compareQuartiles(points, mulberry32(7)), fixedEffects: fixedEffectsSlope(points) });
		}
	return findings;
}

/** One agent's figures over the last weeks beside their team's. */
export async function agentOutcomes(database: Database, personId: number, teamId: number | null, today: string, weeks: number) {
	const from = addDays(today, -7 * weeks);
	const mine = await database.db.select().from(agentDayOutcomes).where(and(eq(agentDayOutcomes.personId, personId), gte(agentDayOutcomes.day, from)));
	const team = teamId === null ? [] : (await database.db.select({ o: agentDayOutcomes }).from(agentDayOutcomes).innerJoin(people, eq(people.id, agentDayOutcomes.personId)).where(and(eq(people.teamId, teamId), gte(agentDayOutcomes.day, from)))).map((r) => r.o);
	return { mine: summarize(mine), team: summarize(team), days: mine.length };
}

/**
 * Yesterday against the same weekday of the four weeks before, per team in scope, with what else
 * was different that day (agents who worked, overtime, contact volume, special days).
 */
export async function dailyReview(database: Database, scope: DataScope, today: string) {
	const yesterday = addDays(today, -1);
	const baselineDays = [7, 14, 21, 28].map((d) => addDays(yesterday, -d));
	const days = [yesterday, ...baselineDays];
	const teamRows = await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, scope.organizationId));
	const visible = scope.kind === 'teams' ? teamRows.filter((t) => scope.teamIds.includes(t.id)) : scope.kind === 'org' ? teamRows : [];
	const ids = visible.map((t) => t.id);
	const rows = ids.length ? await database.db.select({ o: agentDayOutcomes, teamId: people.teamId }).from(agentDayOutcomes).innerJoin(people, eq(people.id, agentDayOutcomes.personId)).where(and(inArray(people.teamId, ids), inArray(agentDayOutcomes.day, days))) : [];
	const special = await database.db.select({ day: specialDays.day, kind: specialDays.kind, note: specialDays.note }).from(specialDays).where(and(eq(specialDays.organizationId, scope.organizationId), eq(specialDays.day, yesterday)));
	const measuresOf = (list: Row[]) => {
		const s = summarize(list);
		const worked = list.reduce((n, r) => n + r.workedMinutes, 0);
		return { ...s, agents: list.length || null, overtimeShare: worked ? list.reduce((n, r) => n + r.overtimeMinutes, 0) / worked : null, contacts: list.length ? list.reduce((n, r) => n + r.contacts, 0) : null };
	};
	return {
		yesterday,
		special,
		teams: visible.map((t) => {
			const of = (day: string) => rows.filter((r) => r.teamId === t.id && r.o.day === day).map((r) => r.o);
			const base = baselineDays.map(of).filter((l) => l.length > 0).map(measuresOf);
			const moves = compareDay(measuresOf(of(yesterday)), base);
			return { teamId: t.id, name: t.name, baselineDays: base.length, outcomes: moves.filter((mv) => (outcomeMeasures as readonly string[]).includes(mv.measure)), context: moves.filter((mv) => ['agents', 'overtimeShare', 'contacts'].includes(mv.measure)) };
		})
	};
}

/** The last four full weeks against the four before, over every team in scope, for the summary. */
export async function periodComparison(database: Database, scope: DataScope, today: string) {
	const { cells, weeks } = await teamOutcomes(database, scope, today, 9);
	const recent = weeks.slice(-4);
	const before = weeks.slice(-8, -4);
	const rowsOf = (list: string[]) => [...cells.entries()].filter(([k]) => list.includes(k.split('|')[1]!)).flatMap(([, v]) => v);
	return { recentFrom: recent[0] ?? null, beforeFrom: before[0] ?? null, recent: summarize(rowsOf(recent)), before: summarize(rowsOf(before)) };
}
