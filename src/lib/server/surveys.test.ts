import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { surveyResponses } from './db/schema';
import { dataScope } from './auth/guard';
import { closedWaves, createSurvey, openWave, submitResponse, surveysToAnswer, waveResults, type Survey } from './surveys';
import { addPerson, createTestDatabase, disposeTestDatabase, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
let survey: Survey;
const agents: number[] = [];
const day = (d: string, hour = 9) => Date.parse(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);
const answer = { enps: '8', who5: ['3', '3', '4', '2', '3'], items: { i1: '4' }, comment: 'Fine' };

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	// Team 1: Alice plus 6 more agents; team 2: Bob plus 2 more.
	agents.push(org.agent1Id, org.agent2Id);
	for (let i = 0; i < 6; i++) agents.push(await addPerson(database, { organizationId: org.organizationId, name: `T1 Agent ${i}`, role: 'agent', teamId: org.team1, siteId: org.siteA }));
	for (let i = 0; i < 2; i++) agents.push(await addPerson(database, { organizationId: org.organizationId, name: `T2 Agent ${i}`, role: 'agent', teamId: org.team2, siteId: org.siteB }));
	const out = await createSurvey(database, org.organizationId, { title: 'Pulse', enps: true, who5: true, comment: true, items: 'I can decide alone', start_day: '2026-03-02', every_weeks: '2', open_days: '5', min_respondents: '5', min_comment_respondents: '10' }, '2026-03-01', org.hrId, day('2026-03-01'));
	if (!out.ok) throw new Error(JSON.stringify(out.errors));
	survey = out.survey;
});
afterAll(() => disposeTestDatabase(database));

describe('pulse surveys', () => {
	it('refuses a threshold below 3 and a comment threshold below the score one', async () => {
		const bad = await createSurvey(database, org.organizationId, { title: 'x', enps: true, who5: false, comment: false, items: '', start_day: '2026-03-02', every_weeks: '3', open_days: '30', min_respondents: '2', min_comment_respondents: '1' }, '2026-03-01', org.hrId, 0);
		expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['every_weeks:survey_every', 'open_days:survey_open_days', 'min_respondents:survey_threshold', 'min_comment_respondents:survey_comment_threshold']);
	});

	it('stores answers under a pseudonym with no person id or time, once per wave, only while open', async () => {
		expect(openWave(survey, '2026-03-01')).toBeNull();
		expect(await submitResponse(database, org.agent1Id, survey, answer, day('2026-03-01'))).toMatchObject({ ok: false, errors: [{ code: 'survey_closed' }] });
		expect(await submitResponse(database, org.agent1Id, survey, { ...answer, who5: ['3'] }, day('2026-03-02'))).toMatchObject({ ok: false, errors: [{ field: 'who5_1', code: 'survey_answer_required' }, { field: 'who5_2' }, { field: 'who5_3' }, { field: 'who5_4' }] });
		for (const id of agents) expect(await submitResponse(database, id, survey, answer, day('2026-03-03'))).toEqual({ ok: true });
		expect(await submitResponse(database, org.agent1Id, survey, answer, day('2026-03-04'))).toMatchObject({ ok: false, errors: [{ code: 'survey_answered' }] });
		const rows = await database.db.select().from(surveyResponses);
		expect(rows).toHaveLength(agents.length);
		const columns = Object.keys(rows[0]!);
		expect(columns).not.toContain('personId');
		expect(columns.some((c) => /at$|time/i.test(c))).toBe(false);
		expect(new Set(rows.map((r) => r.respondentKey)).size).toBe(agents.length);
		expect((await surveysToAnswer(database, org.agent1Id, org.organizationId, day('2026-03-04')))[0]).toMatchObject({ answered: true });
	});

	it('shows nothing of a wave until it closes, then only segments the plan releases', async () => {
		const hr = await dataScope(database, await sessionUserOf(database, org.hrId));
		expect(await waveResults(database, hr, survey, 0, '2026-03-05')).toBeNull();
		expect(closedWaves(survey, '2026-03-07').map((w) => w.index)).toEqual([0]);
		const results = (await waveResults(database, hr, survey, 0, '2026-03-07'))!;
		const by = (key: string) => results.results.find((r) => r.key === key)!.result;
		expect(by('org')).toMatchObject({ released: true, respondents: 10, comments: ['Fine', 'Fine', 'Fine', 'Fine', 'Fine', 'Fine', 'Fine', 'Fine', 'Fine', 'Fine'] });
		// Team 2 has 3 respondents: hidden; team 1 (7) differs from the organization by those 3: hidden too.
		expect(by(`team:${org.team2}`)).toEqual({ key: `team:${org.team2}`, released: false, reason: 'too_few' });
		expect(by(`team:${org.team1}`)).toMatchObject({ released: false });
		expect(['complementary', 'difference']).toContain((by(`team:${org.team1}`) as { reason: string }).reason);
		for (const r of results.results) if (r.result.released) expect(r.result.respondents).toBeGreaterThanOrEqual(5);
		// A supervisor sees the organization and their own team, never another team's row.
		const supervisor = await dataScope(database, await sessionUserOf(database, org.supervisorId));
		const theirs = (await waveResults(database, supervisor, survey, 0, '2026-03-07'))!;
		expect(theirs.results.map((r) => r.key).sort()).toEqual(['org', `team:${org.team1}`]);
	});
});
