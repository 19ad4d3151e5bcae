// Outcomes per team and day, pre-aggregated (team_day_outcomes) so every dashboard reads sums
// instead of agent-days. The source of an agent's day is its agent-day row (the center's daily
// figures) when there is one, otherwise the day's imported interactions (CSAT 4-5 of 5 counts as
// satisfied, as in the agent-day share). Rows go under the agent's current team. Rebuilt for the
// imported days inside the import's own transaction, for a person's days when they change team,
// and in full after seeding; means are per agent-day, as before aggregation.
import { sql } from 'drizzle-orm';
import type { Client, Transaction } from '@libsql/client';
import type { Database, DbOrTx } from './db';
import type { AgentDayOutcome, TeamDayOutcome } from './db/schema';
import type { OutcomeMeasure } from '$lib/domain/outcomes/measures';
import { forgetCachedFindings } from './findings-cache';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export type Sums = Omit<TeamDayOutcome, 'teamId' | 'day'>;

const sumColumns = `count(*) AS agent_days, coalesce(sum(contacts), 0) AS contacts, coalesce(sum(worked_minutes), 0) AS worked_minutes, coalesce(sum(overtime_minutes), 0) AS overtime_minutes,
	coalesce(sum(csat_weighted), 0) AS csat_weighted, coalesce(sum(csat_responses), 0) AS csat_responses,
	coalesce(sum(fcr), 0) AS fcr_sum, count(fcr) AS fcr_count, coalesce(sum(first_reply), 0) AS first_reply_sum, count(first_reply) AS first_reply_count,
	coalesce(sum(resolution), 0) AS resolution_sum, count(resolution) AS resolution_count, coalesce(sum(effort), 0) AS effort_sum, count(effort) AS effort_count,
	coalesce(sum(handle), 0) AS handle_sum, count(handle) AS handle_count, coalesce(sum(qa), 0) AS qa_sum, count(qa) AS qa_count`;

/** Each agent-day as the dashboards count it, from either source, filtered by `where` on o/i. */
function agentDaySource(where: (alias: 'o' | 'i') => string): string {
	return `SELECT p.team_id AS team_id, o.person_id AS person_id, o.day AS day, o.contacts AS contacts, o.worked_minutes AS worked_minutes, o.overtime_minutes AS overtime_minutes,
			CASE WHEN o.csat IS NOT NULL AND o.csat_responses > 0 THEN o.csat * o.csat_responses ELSE 0 END AS csat_weighted,
			CASE WHEN o.csat IS NOT NULL THEN o.csat_responses ELSE 0 END AS csat_responses,
			o.fcr AS fcr, o.first_reply_seconds AS first_reply, o.resolution_seconds AS resolution, o.customer_effort AS effort, o.handle_seconds AS handle, o.qa_score AS qa
		FROM agent_day_outcomes o JOIN people p ON p.id = o.person_id
		WHERE ${where('o')}
		UNION ALL
		SELECT p.team_id, i.person_id, i.day, count(*), 0, 0,
			coalesce(sum(CASE WHEN i.csat >= 4 THEN 1.0 WHEN i.csat IS NOT NULL THEN 0.0 END), 0), count(i.csat),
			avg(i.fcr), avg(i.first_reply_seconds), avg(i.resolution_seconds), avg(i.customer_effort), avg(i.handle_seconds), avg(i.qa_score)
		FROM interaction_outcomes i JOIN people p ON p.id = i.person_id
		WHERE ${where('i')} AND NOT EXISTS (SELECT 1 FROM agent_day_outcomes o WHERE o.person_id = i.person_id AND o.day = i.day)
		GROUP BY i.person_id, i.day`;
}

/**
 * The rebuild of [fromDay, toDay] as two statements. Days are checked to be plain ISO dates and
 * inlined, so the same text runs through Drizzle and through a raw libSQL transaction.
 */
export function rebuildStatements(fromDay: string, toDay: string): string[] {
	if (!dayPattern.test(fromDay) || !dayPattern.test(toDay)) throw new Error(`rebuildStatements: not ISO days: ${fromDay}, ${toDay}`);
	return [
		`DELETE FROM team_day_outcomes WHERE day BETWEEN '${fromDay}' AND '${toDay}'`,
		`INSERT INTO team_day_outcomes (team_id, day, agent_days, contacts, worked_minutes, overtime_minutes, csat_weighted, csat_responses,
			fcr_sum, fcr_count, first_reply_sum, first_reply_count, resolution_sum, resolution_count, effort_sum, effort_count, handle_sum, handle_count, qa_sum, qa_count)
		SELECT team_id, day, ${sumColumns}
		FROM (${agentDaySource((a) => `p.team_id IS NOT NULL AND ${a}.day BETWEEN '${fromDay}' AND '${toDay}'`)})
		GROUP BY team_id, day`
	];
}

const toSums = (r: Record<string, unknown>): Sums => {
	const n = (k: string) => Number(r[k] ?? 0);
	return {
		agentDays: n('agent_days'), contacts: n('contacts'), workedMinutes: n('worked_minutes'), overtimeMinutes: n('overtime_minutes'),
		csatWeighted: n('csat_weighted'), csatResponses: n('csat_responses'), fcrSum: n('fcr_sum'), fcrCount: n('fcr_count'),
		firstReplySum: n('first_reply_sum'), firstReplyCount: n('first_reply_count'), resolutionSum: n('resolution_sum'), resolutionCount: n('resolution_count'),
		effortSum: n('effort_sum'), effortCount: n('effort_count'), handleSum: n('handle_sum'), handleCount: n('handle_count'), qaSum: n('qa_sum'), qaCount: n('qa_count')
	};
};

/** One person's sums per day since `fromDay`, counted as the team aggregates count them. */
export async function personDaySums(db: DbOrTx, personId: number, fromDay: string): Promise<(Sums & { day: string })[]> {
	if (!Number.isInteger(personId) || !dayPattern.test(fromDay)) throw new Error('personDaySums: bad arguments');
	const rows = await db.all<Record<string, unknown>>(sql.raw(`SELECT day, ${sumColumns} FROM (${agentDaySource((a) => `${a}.person_id = ${personId} AND ${a}.day >= '${fromDay}'`)}) GROUP BY day ORDER BY day`));
	return rows.map((r) => ({ day: String(r.day), ...toSums(r) }));
}

/** Rebuilds [fromDay, toDay] inside a Drizzle transaction (or on the writer). */
export async function rebuildTeamDays(tx: DbOrTx, fromDay: string, toDay: string): Promise<void> {
	for (const statement of rebuildStatements(fromDay, toDay)) await tx.run(sql.raw(statement));
	forgetCachedFindings();
}

/** The same inside a raw libSQL transaction (the streamed outcome import). */
export async function rebuildTeamDaysRaw(t: Transaction | Client, fromDay: string, toDay: string): Promise<void> {
	for (const statement of rebuildStatements(fromDay, toDay)) await t.execute(statement);
	forgetCachedFindings();
}

/** Rebuilds every day with outcomes of these people (after a team change). */
export async function rebuildPeopleDays(tx: DbOrTx, personIds: readonly number[]): Promise<void> {
	const ids = personIds.filter((id) => Number.isInteger(id));
	if (!ids.length) return;
	const list = ids.join(',');
	const span = await tx.all<{ first: string | null; last: string | null }>(
		sql.raw(`SELECT min(first) AS first, max(last) AS last FROM (SELECT min(day) AS first, max(day) AS last FROM agent_day_outcomes WHERE person_id IN (${list}) UNION ALL SELECT min(day), max(day) FROM interaction_outcomes WHERE person_id IN (${list}))`)
	);
	const { first, last } = span[0] ?? { first: null, last: null };
	if (first && last) await rebuildTeamDays(tx, first, last);
}

export async function rebuildAllTeamDays(database: Database): Promise<void> {
	await database.write((tx) => rebuildTeamDays(tx, '0000-01-01', '9999-12-31'));
}

/** Means over aggregate rows (per agent-day; CSAT weighted by answers), null where nothing was measured. */
export function summarizeDays(rows: readonly Sums[]): Record<OutcomeMeasure, number | null> & { agentDays: number; contacts: number; workedMinutes: number; overtimeMinutes: number } {
	const total = (f: (r: Sums) => number) => rows.reduce((s, r) => s + f(r), 0);
	const ratio = (sum: (r: Sums) => number, count: (r: Sums) => number) => {
		const n = total(count);
		return n ? total(sum) / n : null;
	};
	return {
		csat: ratio((r) => r.csatWeighted, (r) => r.csatResponses),
		fcr: ratio((r) => r.fcrSum, (r) => r.fcrCount),
		firstReplySeconds: ratio((r) => r.firstReplySum, (r) => r.firstReplyCount),
		resolutionSeconds: ratio((r) => r.resolutionSum, (r) => r.resolutionCount),
		customerEffort: ratio((r) => r.effortSum, (r) => r.effortCount),
		handleSeconds: ratio((r) => r.handleSum, (r) => r.handleCount),
		qaScore: ratio((r) => r.qaSum, (r) => r.qaCount),
		agentDays: total((r) => r.agentDays),
		contacts: total((r) => r.contacts),
		workedMinutes: total((r) => r.workedMinutes),
		overtimeMinutes: total((r) => r.overtimeMinutes)
	};
}

/** One agent-day row as sums, counted exactly as the rebuild counts it. */
export function agentDaySums(r: AgentDayOutcome): Sums {
	const has = (v: number | null) => (v === null ? 0 : 1);
	const answered = r.csat !== null;
	return {
		agentDays: 1, contacts: r.contacts, workedMinutes: r.workedMinutes, overtimeMinutes: r.overtimeMinutes,
		csatWeighted: answered && r.csatResponses > 0 ? r.csat! * r.csatResponses : 0, csatResponses: answered ? r.csatResponses : 0,
		fcrSum: r.fcr ?? 0, fcrCount: has(r.fcr), firstReplySum: r.firstReplySeconds ?? 0, firstReplyCount: has(r.firstReplySeconds),
		resolutionSum: r.resolutionSeconds ?? 0, resolutionCount: has(r.resolutionSeconds), effortSum: r.customerEffort ?? 0, effortCount: has(r.customerEffort),
		handleSum: r.handleSeconds ?? 0, handleCount: has(r.handleSeconds), qaSum: r.qaScore ?? 0, qaCount: has(r.qaScore)
	};
}

/** Means over agent-day rows, the same as over their team-day sums. */
export function summarize(rows: readonly AgentDayOutcome[]) {
	return summarizeDays(rows.map(agentDaySums));
}
