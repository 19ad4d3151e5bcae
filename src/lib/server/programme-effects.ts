// Training and coaching before and after, against matched agents who had neither then (7/7): per
// agent and ISO week the CSAT (weighted by survey answers), first contact resolution and QA score
// of the agents of the teams in scope over the last full weeks; the weeks each of them completed a
// training module or was coached; and for each programme and outcome the matched difference in
// differences. Shares are in percentage points, as the levers are; QA in its own 0-100 points.
// Reads the agent-day rows only: days known only from imported interactions are not counted. An
// agent counts under their current team, with that team's site clock for the event's week.
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, coachingSessions, moduleCompletions, people } from './db/schema';
import { agentDaySums, summarizeDays, type Sums } from './outcome-aggregates';
import { scopeTeams, type DataScope } from './auth/guard';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';
import { mulberry32 } from '$lib/domain/random';
import { matchedChange, type AgentWeekValue, type MatchedChange, type TreatmentEvent } from '$lib/domain/outcomes/matched-change';

export const programmeKeys = ['training', 'coaching'] as const;
export type ProgrammeKey = (typeof programmeKeys)[number];
export const programmeOutcomes = ['csat', 'fcr', 'qaScore'] as const;
export type ProgrammeOutcome = (typeof programmeOutcomes)[number];

export interface ProgrammeFinding {
	programme: ProgrammeKey;
	outcome: ProgrammeOutcome;
	/** Null when fewer than five trained or coached agents found a match. */
	result: MatchedChange | null;
}

// How much an agent-week's figure counts: CSAT by its survey answers (as the outcomes page weighs
// it), the others by the days with a figure.
const weightOf: Record<ProgrammeOutcome, (s: Pick<Sums, 'csatResponses' | 'fcrCount' | 'qaCount'>) => number> = { csat: (s) => s.csatResponses, fcr: (s) => s.fcrCount, qaScore: (s) => s.qaCount };
// Shares in percentage points, as the levers are; QA in its own points.
const unitOf: Record<ProgrammeOutcome, number> = { csat: 100, fcr: 100, qaScore: 1 };

export async function programmeEffects(database: Database, scope: DataScope, today: string, weeks = 26): Promise<ProgrammeFinding[]> {
	const visible = await scopeTeams(database, scope);
	const zoneOfTeam = new Map(visible.map((t) => [t.id, t.timeZone]));
	const teamIds = visible.map((t) => t.id);
	const from = isoWeekStart(addDays(today, -7 * weeks));
	// The current week is not over yet.
	const to = isoWeekStart(today);
	const agents = teamIds.length ? await database.db.select({ id: people.id, teamId: people.teamId }).from(people).where(and(inArray(people.teamId, teamIds), eq(people.role, 'agent'), eq(people.organizationId, scope.organizationId))) : [];
	const ids = agents.map((a) => a.id);
	const zoneOf = new Map(agents.map((a) => [a.id, zoneOfTeam.get(a.teamId!)!]));
	const rows = ids.length ? await database.db.select().from(agentDayOutcomes).where(and(inArray(agentDayOutcomes.personId, ids), gte(agentDayOutcomes.day, from), lt(agentDayOutcomes.day, to))) : [];
	// Every event, not only those in the weeks read: an agent's first one decides their treatment,
	// and any one near a week keeps them out of the comparison pool then.
	const eventWeeks = (list: { personId: number; at: number }[]): TreatmentEvent[] => {
		const seen = new Set<string>();
		const out: TreatmentEvent[] = [];
		for (const e of list) {
			const week = isoWeekStart(dayInZone(e.at, zoneOf.get(e.personId)!));
			if (seen.has(`${e.personId}|${week}`)) continue;
			seen.add(`${e.personId}|${week}`);
			out.push({ agentId: e.personId, week });
		}
		return out;
	};
	const events: Record<ProgrammeKey, TreatmentEvent[]> = {
		training: ids.length ? eventWeeks(await database.db.select({ personId: moduleCompletions.personId, at: moduleCompletions.completedAt }).from(moduleCompletions).where(inArray(moduleCompletions.personId, ids))) : [],
		coaching: ids.length ? eventWeeks(await database.db.select({ personId: coachingSessions.personId, at: coachingSessions.createdAt }).from(coachingSessions).where(inArray(coachingSessions.personId, ids))) : []
	};
	const findings: ProgrammeFinding[] = [];
	const cells = new Map<string, { agentId: number; week: string; days: Sums[] }>();
	for (const r of rows) {
		const week = isoWeekStart(r.day);
		const key = `${r.personId}|${week}`;
		(cells.get(key) ?? cells.set(key, { agentId: r.personId, week, days: [] }).get(key)!).days.push(agentDaySums(r));
	}
	const weekly = [...cells.values()].map((c) => ({ ...c, means: summarizeDays(c.days), total: c.days.reduce((t, d) => ({ csatResponses: t.csatResponses + d.csatResponses, fcrCount: t.fcrCount + d.fcrCount, qaCount: t.qaCount + d.qaCount }), { csatResponses: 0, fcrCount: 0, qaCount: 0 }) }));
	for (const outcome of programmeOutcomes) {
		const values: AgentWeekValue[] = weekly.flatMap((c) => {
			const value = c.means[outcome];
			const weight = weightOf[outcome](c.total);
			return value === null || weight === 0 ? [] : [{ agentId: c.agentId, week: c.week, value: value * unitOf[outcome], weight }];
		});
		for (const programme of programmeKeys) findings.push({ programme, outcome, result: matchedChange(values, events[programme], mulberry32(7)) });
	}
	return findings.sort((a, b) => programmeKeys.indexOf(a.programme) - programmeKeys.indexOf(b.programme));
}
