// Outcomes by team and week, and the levers beside them: the research's measures from the
// pre-aggregated team-days (outcome-aggregates.ts: CSAT weighted by survey answers, first contact
// resolution, first reply and resolution times, customer effort, handle time, QA), and per
// team-week the levers Tend stores: schedule flexibility (3/7), autonomy (4/7), training and
// coaching (5/7), staffing adequacy (2/7, 3/7), engagement (6/7, only teams the anonymity plan
// released) and turnover. Supervisors see their teams, HR and admins all; an agent sees their own
// figures beside their team's.
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from './db';
import { autonomyIndex, people, specialDays, teamDayOutcomes, teamFlexibilityIndex, teams, trainingWeekly, type TeamDayOutcome } from './db/schema';
import { personDaySums, summarizeDays } from './outcome-aggregates';
import { staffingAdequacy } from './staffing-adequacy';
import { adequacyOf } from '$lib/domain/staffing/adequacy';

// Agent-day means for callers that hold agent-day rows.
export { summarize } from './outcome-aggregates';
import { employmentRecords } from './people';
import { scopeTeams, type DataScope } from './auth/guard';
import { teamEngagement } from './turnover-risk';
import { programmeEffects } from './programme-effects';
import { cachedFindings } from './findings-cache';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { compareQuartiles, fixedEffectsSlope, type TeamWeek } from '$lib/domain/outcomes/levers';
import { compareDay } from '$lib/domain/outcomes/daily-review';
import { addDays, turnoverBetween } from '$lib/domain/people/turnover';
import { mulberry32 } from '$lib/domain/random';
import { outcomeMeasures, type OutcomeMeasure } from '$lib/domain/outcomes/measures';

export const leverKeys = ['flexibility', 'autonomy', 'training', 'staffing', 'engagement', 'turnover'] as const;
export type LeverKey = (typeof leverKeys)[number];

export async function teamDays(database: Database, teamIds: readonly number[], fromDay: string, toDay = '9999-12-31'): Promise<TeamDayOutcome[]> {
	if (!teamIds.length) return [];
	return database.db.select().from(teamDayOutcomes).where(and(inArray(teamDayOutcomes.teamId, [...teamIds]), gte(teamDayOutcomes.day, fromDay), lte(teamDayOutcomes.day, toDay)));
}

export async function teamOutcomes(database: Database, scope: DataScope, today: string, weeks: number) {
	const from = isoWeekStart(addDays(today, -7 * weeks));
	const visible = await scopeTeams(database, scope);
	const rows = await teamDays(database, visible.map((t) => t.id), from);
	const weeksList = [...new Set(rows.map((r) => isoWeekStart(r.day)))].filter((w) => w < isoWeekStart(today)).sort();
	const cells = new Map<string, TeamDayOutcome[]>();
	for (const r of rows) {
		const key = `${r.teamId}|${isoWeekStart(r.day)}`;
		(cells.get(key) ?? cells.set(key, []).get(key)!).push(r);
	}
	const table = visible.map((t) => ({ teamId: t.id, name: t.name, weeks: weeksList.map((w) => ({ week: w, ...summarizeDays(cells.get(`${t.id}|${w}`) ?? []) })) }));
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
	for (const r of await staffingAdequacy(database, teamIds, fromWeek)) set(r.teamId, r.weekStart, 'staffing', adequacyOf(r));
	// Turnover: exits over the 13 weeks up to the week's end against average headcount, annualised.
	const employment = (await employmentRecords(database.db, organizationId)).filter((e) => e.teamId !== null && teamIds.includes(e.teamId));
	for (const teamId of teamIds) {
		const members = employment.filter((e) => e.teamId === teamId);
		for (let w = fromWeek; w < isoWeekStart(today); w = addDays(w, 7)) set(teamId, w, 'turnover', annualised(turnoverBetween(members, addDays(w, -84), addDays(w, 6)).rate, 91));
	}
	const engagement = await teamEngagement(database, organizationId, today);
	for (const e of engagement) if (teamIds.includes(e.teamId)) for (let w = isoWeekStart(e.closesOn); w < addDays(isoWeekStart(e.closesOn), 28); w = addDays(w, 7)) set(e.teamId, w, 'engagement', e.enps);
	return out;
}

const annualised = (rate: number | null, days: number) => (rate === null ? null : (rate * 365) / days);

export interface LeverFinding {
	lever: LeverKey;
	outcome: 'csat' | 'fcr';
	teamWeeks: number;
	quartiles: ReturnType<typeof compareQuartiles>;
	fixedEffects: ReturnType<typeof fixedEffectsSlope>;
}

/** For each lever and the two headline outcomes: quartile comparison and fixed-effects slope. */
export function leverFindings(cells: Map<string, TeamDayOutcome[]>, levers: Map<string, Partial<Record<LeverKey, number>>>): LeverFinding[] {
	const findings: LeverFinding[] = [];
	for (const lever of leverKeys)
		for (const outcome of ['csat', 'fcr'] as const) {
			const points: TeamWeek[] = [];
			for (const [k, l] of levers) {
				const value = l[lever];
				const rows = cells.get(k);
				if (value === undefined || !rows?.length) continue;
				const o = summarizeDays(rows)[outcome];
				if (o === null) continue;
				const [team, week] = k.split('|');
				points.push({ teamId: Number(team), week: week!, lever: value, outcome: o * 100 });
			}
			findings.push({ lever, outcome, teamWeeks: points.length, quartiles: compareQuartiles(points, mulberry32(7)), fixedEffects: fixedEffectsSlope(points) });
		}
	return findings;
}

/**
 * What the levers and the training and coaching comparisons show for the teams in scope over the
 * last 26 weeks (cached: findings-cache.ts).
 */
export function outcomeFindings(database: Database, scope: DataScope, today: string) {
	const key = `${scope.organizationId}|${scope.kind}|${scope.kind === 'teams' ? [...scope.teamIds].sort((a, b) => a - b).join(',') : ''}|${today}`;
	return cachedFindings(key, async () => {
		const long = await teamOutcomes(database, scope, today, 26);
		const levers = await teamLevers(database, scope.organizationId, long.table.map((t) => t.teamId), isoWeekStart(addDays(today, -7 * 26)), today);
		return { findings: leverFindings(long.cells, levers), programmes: await programmeEffects(database, scope, today) };
	});
}

/** One agent's figures over the last weeks beside their team's. */
export async function agentOutcomes(database: Database, personId: number, teamId: number | null, today: string, weeks: number) {
	const from = addDays(today, -7 * weeks);
	const mine = summarizeDays(await personDaySums(database.db, personId, from));
	const team = teamId === null ? [] : await teamDays(database, [teamId], from);
	return { mine, team: summarizeDays(team), days: mine.agentDays };
}

/**
 * Yesterday against the same weekday of the four weeks before, per team in scope, with what else
 * was different that day (agents who worked, overtime, contact volume, special days).
 */
export async function dailyReview(database: Database, scope: DataScope, today: string) {
	const yesterday = addDays(today, -1);
	const baselineDays = [7, 14, 21, 28].map((d) => addDays(yesterday, -d));
	const days = [yesterday, ...baselineDays];
	const visible = await scopeTeams(database, scope);
	const rows = (await teamDays(database, visible.map((t) => t.id), days[days.length - 1]!, yesterday)).filter((r) => days.includes(r.day));
	const special = await database.db.select({ day: specialDays.day, kind: specialDays.kind, note: specialDays.note }).from(specialDays).where(and(eq(specialDays.organizationId, scope.organizationId), eq(specialDays.day, yesterday)));
	const measuresOf = (list: TeamDayOutcome[]) => {
		const s = summarizeDays(list);
		return { csat: s.csat, fcr: s.fcr, firstReplySeconds: s.firstReplySeconds, resolutionSeconds: s.resolutionSeconds, customerEffort: s.customerEffort, handleSeconds: s.handleSeconds, qaScore: s.qaScore, agents: s.agentDays || null, overtimeShare: s.workedMinutes ? s.overtimeMinutes / s.workedMinutes : null, contacts: s.agentDays ? s.contacts : null };
	};
	return {
		yesterday,
		special,
		teams: visible.map((t) => {
			const of = (day: string) => rows.filter((r) => r.teamId === t.id && r.day === day);
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
	return { recentFrom: recent[0] ?? null, beforeFrom: before[0] ?? null, recent: summarizeDays(rowsOf(recent)), before: summarizeDays(rowsOf(before)) };
}
