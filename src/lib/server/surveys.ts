// Pulse surveys in the database: recurring waves, answers stored under a per-survey pseudonym
// (never a person id, never a timestamp), and results that leave the server only through the
// anonymity release plan (domain/survey/anonymity.ts), computed once per closed wave over every
// segment the product shows: the organization, each site, each team and each tenure band. Waves
// are shown only once closed, so results can't be differenced before and after one answer.
// Limits: segment populations (for response rates) are today's active agents by their current
// team and site, not a snapshot taken when the wave opened.
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from './db';
import { people, sites, surveyResponses, surveys, teams } from './db/schema';
import { parseResponse, parseSurvey, type ResponseRaw, type SurveyError, type SurveyRaw } from '$lib/domain/survey/survey-input';
import type { DataScope } from './auth/guard';
import { recordAudit } from './audit';
import { requesterOf, todayOf } from './time-off';
import { respondentKey } from '$lib/domain/survey/respondent-key';
import { MAX_WAVES, nextWaves, type Wave } from '$lib/domain/survey/waves';
import { aggregate, compareSegments, planRelease, type Segment, type SegmentAggregate } from '$lib/domain/survey/anonymity';
import { tenureBandOf, tenureBands } from '$lib/domain/people/turnover-report';
import { tenureDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export type Survey = typeof surveys.$inferSelect;

export async function createSurvey(database: Database, organizationId: number, raw: SurveyRaw, today: string, actorId: number, now: number): Promise<{ ok: true; survey: Survey } | { ok: false; errors: SurveyError[] }> {
	const parsed = parseSurvey(raw, today);
	if (!parsed.ok) return parsed;
	const v = parsed.value;
	const survey = await database.write(async (tx) => {
		const [row] = await tx
			.insert(surveys)
			.values({ organizationId, ...v, secret: randomBytes(32).toString('hex'), createdBy: actorId, createdAt: now })
			.returning();
		await recordAudit(tx, { actorId, action: 'survey.create', entity: 'survey', entityId: row!.id, detail: { title: v.title, everyWeeks: v.everyWeeks, minRespondents: v.minRespondents } }, now);
		return row!;
	});
	return { ok: true, survey };
}

export async function listSurveys(database: Database, organizationId: number): Promise<Survey[]> {
	return database.db.select().from(surveys).where(eq(surveys.organizationId, organizationId)).orderBy(asc(surveys.id));
}

export async function surveyById(database: Database, organizationId: number, id: number): Promise<Survey | null> {
	return (await database.db.select().from(surveys).where(and(eq(surveys.id, id), eq(surveys.organizationId, organizationId))).limit(1))[0] ?? null;
}

const scheduleOf = (s: Pick<Survey, 'startDay' | 'everyWeeks' | 'closesAfterDays'>) => ({ startDay: s.startDay, everyWeeks: s.everyWeeks as 1 | 2 | 4, closesAfterDays: s.closesAfterDays });

/** The wave open on `today`, if any. */
export function openWave(survey: Survey, today: string): Wave | null {
	if (today < survey.startDay) return null;
	const [wave] = nextWaves(scheduleOf(survey), today, 1);
	return wave && wave.opensOn <= today && today <= wave.closesOn ? wave : null;
}

/** Every wave that has opened by `today`, oldest first. */
export function wavesOpenedBy(survey: Pick<Survey, 'startDay' | 'everyWeeks' | 'closesAfterDays'>, today: string): Wave[] {
	if (today < survey.startDay) return [];
	const count = Math.min(MAX_WAVES, Math.floor((Date.parse(today) - Date.parse(survey.startDay)) / (7 * survey.everyWeeks * 86_400_000)) + 1);
	return nextWaves(scheduleOf(survey), survey.startDay, count);
}

/** Closed waves, newest first. */
export function closedWaves(survey: Survey, today: string): Wave[] {
	return wavesOpenedBy(survey, today)
		.filter((w) => w.closesOn < today)
		.reverse();
}

function keyOf(survey: Survey, personId: number): string {
	return respondentKey(Buffer.from(survey.secret, 'hex'), String(survey.id), String(personId));
}

/** Surveys with a wave open for this person today, and whether they have answered it. */
export async function surveysToAnswer(database: Database, personId: number, organizationId: number, now: number) {
	const today = await todayOf(database, personId, now);
	const out = [];
	for (const survey of await listSurveys(database, organizationId)) {
		const wave = openWave(survey, today);
		if (!wave) continue;
		const answered = (await database.db.select({ id: surveyResponses.id }).from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.waveIndex, wave.index), eq(surveyResponses.respondentKey, keyOf(survey, personId)))).limit(1)).length > 0;
		out.push({ survey, wave, answered });
	}
	return out;
}

export async function submitResponse(database: Database, personId: number, survey: Survey, raw: ResponseRaw, now: number): Promise<{ ok: true } | { ok: false; errors: SurveyError[] }> {
	const requester = await requesterOf(database, personId);
	const today = dayInZone(now, requester.timeZone);
	const wave = openWave(survey, today);
	if (!wave) return { ok: false, errors: [{ field: 'form', code: 'survey_closed' }] };
	const parsed = parseResponse(survey, raw);
	if (!parsed.ok) return parsed;
	const { enps, who5, items, comment } = parsed.value;
	const person = (await database.db.select({ hireDate: people.hireDate, siteId: people.siteId, teamId: people.teamId }).from(people).where(eq(people.id, personId)).limit(1))[0]!;
	const respondent = keyOf(survey, personId);
	return database.write(async (tx) => {
		const again = await tx.select({ id: surveyResponses.id }).from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.waveIndex, wave.index), eq(surveyResponses.respondentKey, respondent)));
		if (again.length) return { ok: false, errors: [{ field: 'form', code: 'survey_answered' }] } as const;
		await tx.insert(surveyResponses).values({ surveyId: survey.id, waveIndex: wave.index, respondentKey: respondent, siteId: person.siteId, teamId: person.teamId, tenureBand: tenureBandOf(tenureDays(person.hireDate, today)), enps, who5, items, comment });
		return { ok: true } as const;
	});
}

export interface SegmentResult {
	key: string;
	dimension: 'org' | 'site' | 'team' | 'tenure_band';
	label: string;
	result: SegmentAggregate;
}

/** Results of one closed wave for this scope: only segments the release plan lets out show numbers. */
export async function waveResults(database: Database, scope: DataScope, survey: Survey, waveIndex: number, today: string) {
	const wave = closedWaves(survey, today).find((w) => w.index === waveIndex);
	if (!wave) return null;
	const answers = await database.db.select().from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.waveIndex, waveIndex)));
	const agents = await database.db.select({ siteId: people.siteId, teamId: people.teamId, hireDate: people.hireDate }).from(people).where(and(eq(people.organizationId, survey.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
	const siteRows = await database.db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organizationId, survey.organizationId));
	const teamRows = await database.db.select({ id: teams.id, name: teams.name, siteId: teams.siteId }).from(teams).where(eq(teams.organizationId, survey.organizationId));
	const members = (f: (a: (typeof answers)[number]) => boolean) => new Set(answers.filter(f).map((a) => a.respondentKey));
	const segments: (Segment & { label: string })[] = [
		{ key: 'org', parentKey: null, dimension: 'org', label: '', members: members(() => true), population: agents.length },
		...siteRows.map((s) => ({ key: `site:${s.id}`, parentKey: 'org', dimension: 'site', label: s.name, members: members((a) => a.siteId === s.id), population: agents.filter((a) => a.siteId === s.id).length })),
		...teamRows.map((t) => ({ key: `team:${t.id}`, parentKey: 'org', dimension: 'team', label: t.name, members: members((a) => a.teamId === t.id), population: agents.filter((a) => a.teamId === t.id).length })),
		...tenureBands.map((b) => ({ key: `tenure:${b.key}`, parentKey: 'org', dimension: 'tenure_band', label: b.key, members: members((a) => a.tenureBand === b.key), population: agents.filter((a) => tenureBandOf(tenureDays(a.hireDate, wave.opensOn)) === b.key).length }))
	];
	const plan = planRelease(segments, { minRespondents: survey.minRespondents, minCommentRespondents: survey.minCommentRespondents });
	const surveyAnswers = answers.map((a) => ({ respondentKey: a.respondentKey, ...(a.enps !== null ? { enps: a.enps } : {}), ...(a.who5 ? { who5: a.who5 } : {}), items: a.items, ...(a.comment ? { comment: a.comment } : {}) }));
	const itemScales = Object.fromEntries(survey.items.map((i) => [i.key, { min: i.min, max: i.max }]));
	// A supervisor sees the organization and their own teams; HR and admins every segment.
	const visible = segments.filter((s) => scope.kind === 'org' || s.key === 'org' || (scope.kind === 'teams' && s.dimension === 'team' && scope.teamIds.includes(Number(s.key.slice(5)))));
	const results: SegmentResult[] = visible.map((s) => ({ key: s.key, dimension: s.dimension as SegmentResult['dimension'], label: s.label, result: aggregate(plan, s.key, surveyAnswers, { itemScales }) }));
	return { wave, results, plan, visibleKeys: new Set(visible.map((s) => s.key)) };
}

export function compareResults(plan: Parameters<typeof compareSegments>[0], a: string, b: string) {
	return compareSegments(plan, a, b);
}

/** How many have answered the open wave, organization-wide only (no scores until it closes). */
export async function openWaveProgress(database: Database, survey: Survey, today: string) {
	const wave = openWave(survey, today);
	if (!wave) return null;
	const answered = (await database.db.select({ id: surveyResponses.id }).from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.waveIndex, wave.index)))).length;
	const invited = (await database.db.select({ id: people.id }).from(people).where(and(eq(people.organizationId, survey.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')))).length;
	return { wave, answered, invited };
}
