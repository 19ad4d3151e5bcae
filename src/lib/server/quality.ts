// Quality and coaching in the database: scorecard versions (Tend's default card registered on first
// use), transcripts imported or seeded, evaluations scored on a card, calibration rounds with their
// agreement, and coaching sessions with goals. Supervisors work on their teams' agents, admins on
// everyone; an agent sees only their own coaching; HR sees none of it (coaching notes are private).
import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { coachingGoals, coachingSessions, evaluations, people, scorecards, teams, transcripts, trainingWeekly } from './db/schema';
import { teamCondition, type DataScope } from './auth/guard';
import { recordAudit } from './audit';
import { parseCoaching, parseTranscript, type GoalRaw, type QualityError, type TranscriptRaw } from '$lib/domain/quality/quality-input';
import { requesterOf, todayOf } from './time-off';
import { answerValue, defaultScorecard, scoreEvaluation, type ItemAnswer, type ScorecardSection } from '$lib/domain/quality/scorecard';
import { deviationsFromExpert, krippendorffAlpha } from '$lib/domain/quality/krippendorff';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone, isCalendarDay } from '$lib/domain/time/calendar';

export type Scorecard = typeof scorecards.$inferSelect;
export type Transcript = typeof transcripts.$inferSelect;

export async function listScorecards(database: Database, organizationId: number, now: number): Promise<Scorecard[]> {
	const existing = await database.db.select().from(scorecards).where(eq(scorecards.organizationId, organizationId)).orderBy(asc(scorecards.name), desc(scorecards.version));
	if (existing.length) return existing;
	const d = defaultScorecard();
	await database.write(async (tx) => {
		const again = await tx.select({ id: scorecards.id }).from(scorecards).where(eq(scorecards.organizationId, organizationId)).limit(1);
		if (!again.length) await tx.insert(scorecards).values({ organizationId, name: d.name, version: 1, sections: d.sections, createdAt: now });
	});
	return database.db.select().from(scorecards).where(eq(scorecards.organizationId, organizationId)).orderBy(asc(scorecards.name), desc(scorecards.version));
}

/** The newest version of each card, for choosing one to score with. */
export function latestVersions(cards: readonly Scorecard[]): Scorecard[] {
	const best = new Map<string, Scorecard>();
	for (const c of cards) if (!best.has(c.name) || best.get(c.name)!.version < c.version) best.set(c.name, c);
	return [...best.values()];
}

export async function createScorecardVersion(database: Database, organizationId: number, value: { name: string; sections: ScorecardSection[] }, actorId: number, now: number): Promise<Scorecard> {
	return database.write(async (tx) => {
		const [top] = await tx.select({ v: max(scorecards.version) }).from(scorecards).where(and(eq(scorecards.organizationId, organizationId), eq(scorecards.name, value.name)));
		const [row] = await tx.insert(scorecards).values({ organizationId, name: value.name, version: (top?.v ?? 0) + 1, sections: value.sections, createdBy: actorId, createdAt: now }).returning();
		await recordAudit(tx, { actorId, action: 'quality.scorecard', entity: 'scorecard', entityId: row!.id, detail: { name: value.name, version: row!.version } }, now);
		return row!;
	});
}

/** Transcripts of the agents in scope, newest first, with how often they were scored. */
export async function listTranscripts(database: Database, scope: DataScope) {
	return database.db
		.select({ transcript: transcripts, name: people.name, teamName: teams.name, evaluations: sql<number>`(select count(*) from evaluations e where e.transcript_id = ${transcripts.id})`, meanScore: sql<number | null>`(select avg(e.score) from evaluations e where e.transcript_id = ${transcripts.id} and e.calibration = 0)` })
		.from(transcripts)
		.innerJoin(people, eq(people.id, transcripts.personId))
		.leftJoin(teams, eq(teams.id, people.teamId))
		.where(and(eq(transcripts.organizationId, scope.organizationId), teamCondition(scope)))
		.orderBy(desc(transcripts.day), desc(transcripts.id))
		.limit(500);
}

export async function transcriptInScope(database: Database, scope: DataScope, id: number) {
	const row = (await database.db.select({ transcript: transcripts, name: people.name }).from(transcripts).innerJoin(people, eq(people.id, transcripts.personId)).where(and(eq(transcripts.id, id), eq(transcripts.organizationId, scope.organizationId), teamCondition(scope))).limit(1))[0];
	return row ?? null;
}

export async function importTranscript(database: Database, scope: DataScope, raw: TranscriptRaw, actorId: number, now: number): Promise<{ ok: true; id: number } | { ok: false; errors: QualityError[] }> {
	const parsed = parseTranscript(raw);
	const errors: QualityError[] = parsed.ok ? [] : [...parsed.errors];
	const personId = parsed.ok ? parsed.value.personId : Number(raw.person);
	const agent = Number.isInteger(personId) ? (await database.db.select({ id: people.id }).from(people).where(and(eq(people.id, personId), eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), teamCondition(scope))).limit(1))[0] : undefined;
	if (!agent && !errors.some((e) => e.field === 'person')) errors.unshift({ field: 'person', code: 'transcript_agent' });
	if (errors.length || !parsed.ok) return { ok: false, errors };
	const { channel, day, title, turns } = parsed.value;
	const id = await database.write(async (tx) => {
		const [row] = await tx.insert(transcripts).values({ organizationId: scope.organizationId, personId, channel, day, title, turns, importedBy: actorId, createdAt: now }).returning({ id: transcripts.id });
		await recordAudit(tx, { actorId, action: 'quality.import', entity: 'transcript', entityId: row!.id }, now);
		return row!.id;
	});
	return { ok: true, id };
}

export async function evaluationsOf(db: DbOrTx, transcriptId: number) {
	return db.select({ evaluation: evaluations, reviewer: people.name, card: scorecards }).from(evaluations).innerJoin(people, eq(people.id, evaluations.reviewerId)).innerJoin(scorecards, eq(scorecards.id, evaluations.scorecardId)).where(eq(evaluations.transcriptId, transcriptId)).orderBy(asc(evaluations.createdAt));
}

export async function saveEvaluation(database: Database, transcript: Transcript, card: Scorecard, reviewerId: number, value: { answers: Map<string, ItemAnswer>; note: string; calibration: boolean; expert: boolean }, now: number): Promise<{ ok: true; score: number | null } | { ok: false; errors: QualityError[] }> {
	if (card.organizationId !== transcript.organizationId) return { ok: false, errors: [{ field: 'scorecard', code: 'evaluation_card' }] };
	const scored = scoreEvaluation(card.sections, value.answers);
	if (scored.missing.length) return { ok: false, errors: scored.missing.map((key) => ({ field: key, code: 'evaluation_missing' })) };
	return database.write(async (tx) => {
		const existing = await tx.select({ id: evaluations.id }).from(evaluations).where(and(eq(evaluations.transcriptId, transcript.id), eq(evaluations.reviewerId, reviewerId), eq(evaluations.calibration, value.calibration)));
		if (existing.length) return { ok: false, errors: [{ field: 'form', code: 'evaluation_exists' }] } as const;
		await tx.insert(evaluations).values({ transcriptId: transcript.id, scorecardId: card.id, reviewerId, answers: Object.fromEntries(value.answers), score: scored.score, autoFailed: scored.autoFailed, calibration: value.calibration, expert: value.calibration && value.expert, note: value.note.trim().slice(0, 2000), createdAt: now });
		return { ok: true, score: scored.score } as const;
	});
}

/** Agreement of a calibration round: Krippendorff's alpha over item values, and each reviewer against the expert. */
export function calibrationOf(rows: Awaited<ReturnType<typeof evaluationsOf>>) {
	const round = rows.filter((r) => r.evaluation.calibration);
	if (round.length < 2) return null;
	// Only reviewers who used the same card version are comparable.
	const card = round[0]!.card;
	const same = round.filter((r) => r.card.id === card.id);
	const items = card.sections.flatMap((s) => s.items.map((i) => i.key));
	const value = (a: ItemAnswer | undefined) => (a === undefined || a === 'na' ? null : answerValue[a]);
	const matrix = same.map((r) => items.map((k) => value(r.evaluation.answers[k])));
	const expertRow = same.findIndex((r) => r.evaluation.expert);
	const deviations = expertRow >= 0 ? deviationsFromExpert(matrix[expertRow]!, matrix) : null;
	return {
		reviewers: same.map((r, i) => ({ name: r.reviewer, score: r.evaluation.score, expert: r.evaluation.expert, deviation: deviations?.[i] ?? null, scoreDifference: expertRow >= 0 && r.evaluation.score !== null && same[expertRow]!.evaluation.score !== null ? r.evaluation.score - same[expertRow]!.evaluation.score! : null })),
		alpha: krippendorffAlpha(matrix, 'interval'),
		items: items.length
	};
}

export async function createCoachingSession(database: Database, scope: DataScope, value: { personId: number; feedback: string; goals: GoalRaw[]; evaluationId: number | null; practiceAttemptId: number | null }, coachId: number, now: number): Promise<{ ok: true; id: number } | { ok: false; errors: QualityError[] }> {
	const agent = (await database.db.select({ id: people.id }).from(people).where(and(eq(people.id, value.personId), eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), teamCondition(scope))).limit(1))[0];
	const today = agent ? await todayOf(database, agent.id, now) : '';
	const parsed = parseCoaching(value.feedback, value.goals, today);
	const errors: QualityError[] = [...(agent ? [] : [{ field: 'person', code: 'coaching_agent' }]), ...(parsed.ok ? [] : parsed.errors)];
	if (errors.length || !parsed.ok) return { ok: false, errors };
	const { feedback, goals } = parsed.value;
	const id = await database.write(async (tx) => {
		const [row] = await tx.insert(coachingSessions).values({ personId: value.personId, coachId, feedback, evaluationId: value.evaluationId, practiceAttemptId: value.practiceAttemptId, createdAt: now }).returning({ id: coachingSessions.id });
		for (const g of goals) await tx.insert(coachingGoals).values({ sessionId: row!.id, goal: g.goal, measure: g.measure, dueDay: g.due });
		const week = isoWeekStart(today);
		const sessions = await tx.select({ at: coachingSessions.createdAt }).from(coachingSessions).where(eq(coachingSessions.personId, value.personId));
		const timeZone = (await requesterOf(database, value.personId)).timeZone;
		const count = sessions.filter((s) => {
			const d = dayInZone(s.at, timeZone);
			return d >= week && d <= addDays(week, 6);
		}).length;
		await tx.insert(trainingWeekly).values({ personId: value.personId, weekStart: week, coachingSessions: count }).onConflictDoUpdate({ target: [trainingWeekly.personId, trainingWeekly.weekStart], set: { coachingSessions: count } });
		await recordAudit(tx, { actorId: coachId, action: 'coaching.create', entity: 'coaching_session', entityId: row!.id, detail: { personId: value.personId, goals: goals.length } }, now);
		return row!.id;
	});
	return { ok: true, id };
}

/** Coaching sessions in scope: an agent's own; a supervisor's teams'; an admin's organization's. */
export async function listCoaching(database: Database, scope: DataScope) {
	return database.db
		.select({ session: coachingSessions, name: people.name, goals: sql<number>`(select count(*) from coaching_goals g where g.session_id = ${coachingSessions.id})`, openGoals: sql<number>`(select count(*) from coaching_goals g where g.session_id = ${coachingSessions.id} and g.status = 'open')` })
		.from(coachingSessions)
		.innerJoin(people, eq(people.id, coachingSessions.personId))
		.where(and(eq(people.organizationId, scope.organizationId), teamCondition(scope)))
		.orderBy(desc(coachingSessions.createdAt))
		.limit(300);
}

export async function coachingInScope(database: Database, scope: DataScope, id: number) {
	const row = (await database.db.select({ session: coachingSessions, name: people.name }).from(coachingSessions).innerJoin(people, eq(people.id, coachingSessions.personId)).where(and(eq(coachingSessions.id, id), eq(people.organizationId, scope.organizationId), teamCondition(scope))).limit(1))[0];
	if (!row) return null;
	const coach = (await database.db.select({ name: people.name }).from(people).where(eq(people.id, row.session.coachId)))[0];
	const goals = await database.db.select().from(coachingGoals).where(eq(coachingGoals.sessionId, id)).orderBy(asc(coachingGoals.id));
	return { ...row, coachName: coach?.name ?? '', goals };
}

export async function acknowledgeCoaching(database: Database, personId: number, sessionId: number, reply: string, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const done = await tx.update(coachingSessions).set({ acknowledgedAt: now, agentReply: reply.trim().slice(0, 2000) || null }).where(and(eq(coachingSessions.id, sessionId), eq(coachingSessions.personId, personId))).returning({ id: coachingSessions.id });
		return done.length > 0;
	});
}

export async function followUpGoal(database: Database, sessionId: number, goalId: number, value: { status: 'open' | 'met' | 'not_met'; followUp: string }, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const done = await tx.update(coachingGoals).set({ status: value.status, followUp: value.followUp.trim().slice(0, 1000) || null, updatedAt: now }).where(and(eq(coachingGoals.id, goalId), eq(coachingGoals.sessionId, sessionId))).returning({ id: coachingGoals.id });
		return done.length > 0;
	});
}

/** Agents a coach may coach or import transcripts for. */
export async function coachableAgents(database: Database, scope: DataScope) {
	return database.db.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active'), teamCondition(scope))).orderBy(asc(people.name));
}

export async function scorecardById(db: DbOrTx, organizationId: number, id: number): Promise<Scorecard | null> {
	return (await db.select().from(scorecards).where(and(eq(scorecards.id, id), eq(scorecards.organizationId, organizationId))).limit(1))[0] ?? null;
}

export async function evaluationInScope(database: Database, scope: DataScope, id: number) {
	const row = (await database.db.select({ evaluation: evaluations, personId: transcripts.personId }).from(evaluations).innerJoin(transcripts, eq(transcripts.id, evaluations.transcriptId)).innerJoin(people, eq(people.id, transcripts.personId)).where(and(eq(evaluations.id, id), eq(transcripts.organizationId, scope.organizationId), teamCondition(scope))).limit(1))[0];
	return row ?? null;
}

