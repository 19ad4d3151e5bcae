import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, people, preferences, surveyResponses } from './db/schema';
import { anonymisePerson, exportPersonalData, purgeExpiredSurveyData } from './personal-data';
import { createSurvey, submitResponse } from './surveys';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
const answer = { enps: '6', who5: ['2', '2', '2', '2', '2'], items: {}, comment: 'Too many schedule changes' };

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	const out = await createSurvey(database, org.organizationId, { title: 'Pulse', enps: true, who5: true, comment: true, items: '', start_day: '2023-01-02', every_weeks: '4', open_days: '7', min_respondents: '5', min_comment_respondents: '10' }, '2023-01-01', org.hrId, seedNow);
	if (!out.ok) throw new Error('fixture');
	await submitResponse(database, org.agent1Id, out.survey, answer, Date.parse('2023-01-03T10:00:00Z'));
	await submitResponse(database, org.agent2Id, out.survey, answer, Date.parse('2023-01-03T10:00:00Z'));
	await database.write((tx) => tx.insert(preferences).values({ personId: org.agent1Id, kind: 'day_off', weekday: 2 }));
});
afterAll(() => disposeTestDatabase(database));

describe('personal data', () => {
	it("exports a person's own data, their own survey answers included, and no password hash", async () => {
		const data = (await exportPersonalData(database, org.agent1Id, seedNow))!;
		expect(data.profile).toMatchObject({ id: org.agent1Id, email: 'agent1@tend.test', passwordSet: true });
		expect(JSON.stringify(data)).not.toContain(org.passwordHash);
		expect(data.surveyAnswers).toEqual([{ survey: 'Pulse', wave: 0, enps: 6, who5: [2, 2, 2, 2, 2], items: {}, comment: 'Too many schedule changes' }]);
		expect(data.preferences).toHaveLength(1);
		expect(JSON.stringify(data)).not.toContain('agent2@tend.test');
	});

	it('anonymises a person: identifiers and wishes gone, survey answers no longer linked, records kept', async () => {
		expect(await anonymisePerson(database, org.organizationId, org.hrId, org.hrId, seedNow)).toBe(false);
		expect(await anonymisePerson(database, org.otherOrganizationId, org.agent1Id, org.hrId, seedNow)).toBe(false);
		expect(await anonymisePerson(database, org.organizationId, org.agent1Id, org.hrId, seedNow)).toBe(true);
		const [p] = await database.db.select().from(people).where(eq(people.id, org.agent1Id));
		expect(p).toMatchObject({ name: `Former employee ${org.agent1Id}`, passwordHash: null, employmentStatus: 'exited' });
		expect(p!.email).not.toContain('agent1');
		expect(await database.db.select().from(preferences).where(eq(preferences.personId, org.agent1Id))).toEqual([]);
		expect((await exportPersonalData(database, org.agent1Id, seedNow))!.surveyAnswers).toEqual([]);
		// The answer itself still counts in the aggregate, under a key nobody can recompute.
		expect(await database.db.select().from(surveyResponses)).toHaveLength(2);
		expect((await database.db.select().from(auditLog).where(eq(auditLog.action, 'person.anonymise'))).length).toBe(1);
	});

	it('the retention job clears old comments at 12 months and deletes answers at 36, and says so in the audit log', async () => {
		expect(await purgeExpiredSurveyData(database, '2023-06-01', seedNow)).toEqual({ commentsCleared: 0, answersDeleted: 0 });
		expect(await purgeExpiredSurveyData(database, '2024-02-01', seedNow)).toEqual({ commentsCleared: 2, answersDeleted: 0 });
		expect((await database.db.select().from(surveyResponses)).every((r) => r.comment === null)).toBe(true);
		expect(await purgeExpiredSurveyData(database, '2026-02-01', seedNow)).toEqual({ commentsCleared: 0, answersDeleted: 2 });
		const logged = await database.db.select().from(auditLog).where(eq(auditLog.action, 'retention.purge'));
		expect(logged.map((l) => (l.detail as { answersDeleted: number }).answersDeleted)).toEqual([0, 0, 2]);
	});
});
