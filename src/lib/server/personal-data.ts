// A person's own data, and what happens to it when they leave: every person can download all of
// it as JSON; HR can anonymise a person (identifiers and free text gone, records the law keeps,
// such as worked time, decisions and exits, kept without the name); a retention job purges survey
// data past its time. Each change is one transaction and is written to the audit log.
// Retention (documented for HR): survey comments are cleared 12 months after their wave closed,
// survey answers deleted 36 months after it.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from './db';
import * as t from './db/schema';
import { recordAudit } from './audit';
import { deletePersonSessions } from './auth/session';
import { respondentKey } from '$lib/domain/survey/respondent-key';
import { wavesOpenedBy } from './surveys';
import { addMonths } from '$lib/domain/people/turnover';

export const commentRetentionMonths = 12;
export const answerRetentionMonths = 36;

/** Everything Tend holds about one person, for them to download. */
export async function exportPersonalData(database: Database, personId: number, now: number) {
	const db = database.db;
	const person = (await db.select().from(t.people).where(eq(t.people.id, personId)).limit(1))[0];
	if (!person) return null;
	const { passwordHash: _hidden, ...profile } = person;
	const surveysOfOrg = await db.select().from(t.surveys).where(eq(t.surveys.organizationId, person.organizationId));
	const surveyAnswers = [];
	for (const s of surveysOfOrg) {
		const key = respondentKey(Buffer.from(s.secret, 'hex'), String(s.id), String(personId));
		const rows = await db.select().from(t.surveyResponses).where(and(eq(t.surveyResponses.surveyId, s.id), eq(t.surveyResponses.respondentKey, key)));
		for (const r of rows) surveyAnswers.push({ survey: s.title, wave: r.waveIndex, enps: r.enps, who5: r.who5, items: r.items, comment: r.comment });
	}
	const transcripts = await db.select().from(t.transcripts).where(eq(t.transcripts.personId, personId));
	const sessions = await db.select().from(t.coachingSessions).where(eq(t.coachingSessions.personId, personId));
	return {
		exportedAt: new Date(now).toISOString(),
		profile: { ...profile, passwordSet: person.passwordHash !== null },
		exit: await db.select().from(t.exits).where(eq(t.exits.personId, personId)),
		workedDays: await db.select().from(t.agentDayOutcomes).where(eq(t.agentDayOutcomes.personId, personId)),
		contractRules: await db.select().from(t.contractRules).where(eq(t.contractRules.personId, personId)),
		availability: await db.select().from(t.availability).where(eq(t.availability.personId, personId)),
		availabilityExceptions: await db.select().from(t.availabilityExceptions).where(eq(t.availabilityExceptions.personId, personId)),
		preferences: await db.select().from(t.preferences).where(eq(t.preferences.personId, personId)),
		desiredHours: await db.select().from(t.desiredHours).where(eq(t.desiredHours.personId, personId)),
		shifts: await db.select().from(t.shifts).where(eq(t.shifts.personId, personId)),
		timeOff: await db.select().from(t.timeOffRequests).where(eq(t.timeOffRequests.personId, personId)),
		swapsOffered: await db.select().from(t.shiftSwaps).where(eq(t.shiftSwaps.offeredBy, personId)),
		swapsTaken: await db.select().from(t.shiftSwaps).where(eq(t.shiftSwaps.takenBy, personId)),
		offersTaken: await db.select().from(t.staffingOfferTakes).where(eq(t.staffingOfferTakes.personId, personId)),
		flexibility: await db.select().from(t.flexibilityIndex).where(eq(t.flexibilityIndex.personId, personId)),
		decisions: await db.select().from(t.decisions).where(eq(t.decisions.personId, personId)),
		trainingAssignments: await db.select().from(t.trainingAssignments).where(eq(t.trainingAssignments.personId, personId)),
		practiceReplies: await db.select().from(t.practiceAttempts).where(eq(t.practiceAttempts.personId, personId)),
		quizzes: await db.select().from(t.quizAttempts).where(eq(t.quizAttempts.personId, personId)),
		completions: await db.select().from(t.moduleCompletions).where(eq(t.moduleCompletions.personId, personId)),
		trainingWeeks: await db.select().from(t.trainingWeekly).where(eq(t.trainingWeekly.personId, personId)),
		transcripts,
		evaluations: transcripts.length ? await db.select().from(t.evaluations).where(inArray(t.evaluations.transcriptId, transcripts.map((x) => x.id))) : [],
		coaching: sessions,
		coachingGoals: sessions.length ? await db.select().from(t.coachingGoals).where(inArray(t.coachingGoals.sessionId, sessions.map((s) => s.id))) : [],
		surveyAnswers
	};
}

/**
 * Anonymises a person: name, email, password, sessions, calendar link, wishes and free texts go;
 * survey answers are cut from the pseudonym that could lead back to them; employment dates,
 * worked time, shifts, decisions (append-only by law of the log) and exits stay, nameless.
 */
export async function anonymisePerson(database: Database, organizationId: number, personId: number, actorId: number, now: number): Promise<boolean> {
	const person = (await database.db.select().from(t.people).where(and(eq(t.people.id, personId), eq(t.people.organizationId, organizationId))).limit(1))[0];
	if (!person || person.id === actorId) return false;
	const surveysOfOrg = await database.db.select().from(t.surveys).where(eq(t.surveys.organizationId, organizationId));
	await database.write(async (tx) => {
		await tx.update(t.people).set({ name: `Former employee ${personId}`, email: `erased-${personId}@invalid.example`, passwordHash: null, locale: null, disabledAt: person.disabledAt ?? now, employmentStatus: person.employmentStatus === 'active' ? 'exited' : person.employmentStatus }).where(eq(t.people.id, personId));
		await tx.delete(t.calendarFeeds).where(eq(t.calendarFeeds.personId, personId));
		await tx.delete(t.availability).where(eq(t.availability.personId, personId));
		await tx.delete(t.availabilityExceptions).where(eq(t.availabilityExceptions.personId, personId));
		await tx.delete(t.preferences).where(eq(t.preferences.personId, personId));
		await tx.delete(t.desiredHours).where(eq(t.desiredHours.personId, personId));
		await tx.update(t.practiceAttempts).set({ reply: '' }).where(eq(t.practiceAttempts.personId, personId));
		await tx.update(t.timeOffRequests).set({ reason: '' }).where(eq(t.timeOffRequests.personId, personId));
		await tx.update(t.coachingSessions).set({ agentReply: null }).where(eq(t.coachingSessions.personId, personId));
		for (const s of surveysOfOrg) {
			const key = respondentKey(Buffer.from(s.secret, 'hex'), String(s.id), String(personId));
			await tx.update(t.surveyResponses).set({ respondentKey: `erased-${randomBytes(16).toString('hex')}` }).where(and(eq(t.surveyResponses.surveyId, s.id), eq(t.surveyResponses.respondentKey, key)));
			// Released engagement is planned again from the answers as they now are.
			await tx.delete(t.waveEngagement).where(eq(t.waveEngagement.surveyId, s.id));
		}
		await deletePersonSessions(tx, personId);
		await recordAudit(tx, { actorId, action: 'person.anonymise', entity: 'person', entityId: personId }, now);
	});
	return true;
}

/** Clears survey comments and deletes answers past their retention; returns what it did (also in the audit log). */
export async function purgeExpiredSurveyData(database: Database, today: string, now: number): Promise<{ commentsCleared: number; answersDeleted: number }> {
	let commentsCleared = 0;
	let answersDeleted = 0;
	const all = await database.db.select().from(t.surveys);
	await database.write(async (tx) => {
		for (const s of all) {
			const waves = wavesOpenedBy(s, today);
			const commentExpired = waves.filter((w) => addMonths(w.closesOn, commentRetentionMonths) < today).map((w) => w.index);
			const answerExpired = waves.filter((w) => addMonths(w.closesOn, answerRetentionMonths) < today).map((w) => w.index);
			if (commentExpired.length) commentsCleared += (await tx.update(t.surveyResponses).set({ comment: null }).where(and(eq(t.surveyResponses.surveyId, s.id), inArray(t.surveyResponses.waveIndex, commentExpired), isNotNull(t.surveyResponses.comment))).returning({ id: t.surveyResponses.id })).length;
			if (answerExpired.length) {
				answersDeleted += (await tx.delete(t.surveyResponses).where(and(eq(t.surveyResponses.surveyId, s.id), inArray(t.surveyResponses.waveIndex, answerExpired))).returning({ id: t.surveyResponses.id })).length;
				await tx.delete(t.waveEngagement).where(and(eq(t.waveEngagement.surveyId, s.id), inArray(t.waveEngagement.waveIndex, answerExpired)));
			}
		}
		await recordAudit(tx, { actorId: null, action: 'retention.purge', entity: 'survey_responses', detail: { today, commentsCleared, answersDeleted, commentRetentionMonths, answerRetentionMonths } }, now);
	});
	return { commentsCleared, answersDeleted };
}

