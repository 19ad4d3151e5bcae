import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { agentDayOutcomes, coachingSessions, moduleCompletions } from './db/schema';
import { dataScope } from './auth/guard';
import { listModules } from './training';
import { programmeEffects } from './programme-effects';
import { addPerson, createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';
import { addDays } from '$lib/domain/people/turnover';

let database: Database;
let org: TestOrg;
const today = '2026-01-15';
// Trained the week of Monday 2025-11-17; the data covers the 14 weeks from 2025-10-06.
const trainedWeek = '2025-11-17';
const dataWeeks = Array.from({ length: 14 }, (_, k) => addDays('2025-10-06', 7 * k));

/**
 * Team One: agent 1 and 15 more; the first 8 complete a module in `trainedWeek` and gain 10 CSAT
 * points and 4 QA points from the week after. Team Two: agent 2 and 7 more; the first 6 are
 * trained the same week and gain 30 CSAT points. Three Team One agents are coached once.
 */
beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	const modules = await listModules(database, org.organizationId, seedNow);
	const team1 = [org.agent1Id];
	for (let i = 0; i < 15; i++) team1.push(await addPerson(database, { organizationId: org.organizationId, name: `One ${i}`, teamId: org.team1, siteId: org.siteA }));
	const team2 = [org.agent2Id];
	for (let i = 0; i < 7; i++) team2.push(await addPerson(database, { organizationId: org.organizationId, name: `Two ${i}`, teamId: org.team2, siteId: org.siteB }));
	const treated = new Map<number, number>([...team1.slice(0, 8).map((id) => [id, 0.1] as const), ...team2.slice(0, 6).map((id) => [id, 0.3] as const)]);
	const rows: (typeof agentDayOutcomes.$inferInsert)[] = [];
	for (const [i, personId] of [...team1, ...team2].entries()) {
		// Levels a hundredth apart, so every treated agent has an untreated one close by.
		const level = 0.5 + 0.01 * (i % 8);
		for (const week of dataWeeks) {
			const after = week > trainedWeek ? (treated.get(personId) ?? 0) : 0;
			rows.push({ personId, day: addDays(week, 1), contacts: 20, workedMinutes: 480, shiftStartMinute: 480, csat: level + after, csatResponses: 10, fcr: 0.7, qaScore: 80 + (after ? 4 : 0) });
		}
	}
	// Sunday 23:30 UTC is already Monday in Warsaw: the first agent's completion falls in trainedWeek.
	const completedAt = (personId: number) => (personId === org.agent1Id ? Date.parse('2025-11-16T23:30:00Z') : Date.parse(`${addDays(trainedWeek, 2)}T10:00:00Z`));
	await database.write(async (tx) => {
		await tx.insert(agentDayOutcomes).values(rows);
		await tx.insert(moduleCompletions).values([...treated.keys()].map((personId) => ({ moduleId: modules[0]!.id, personId, completedAt: completedAt(personId) })));
		// A second module later counts for nothing: only the first completion is the treatment.
		await tx.insert(moduleCompletions).values({ moduleId: modules[1]!.id, personId: team1[0]!, completedAt: Date.parse('2025-12-10T10:00:00Z') });
		await tx.insert(coachingSessions).values(team1.slice(8, 11).map((personId) => ({ personId, coachId: org.supervisorId, feedback: 'Name the feeling first.', createdAt: Date.parse('2025-11-26T10:00:00Z') })));
	});
});
afterAll(() => disposeTestDatabase(database));

describe('programme effects', () => {
	it("compares a supervisor's trained agents with their untrained ones, and none of another team's", async () => {
		const scope = await dataScope(database, await sessionUserOf(database, org.supervisorId));
		const findings = await programmeEffects(database, scope, today);
		expect(findings.map((f) => `${f.programme}-${f.outcome}`)).toEqual(['training-csat', 'training-fcr', 'training-qaScore', 'coaching-csat', 'coaching-fcr', 'coaching-qaScore']);
		const csat = findings.find((f) => f.programme === 'training' && f.outcome === 'csat')!.result!;
		expect(csat).toMatchObject({ treated: 8, matched: 8, unmatched: 0, treatedChange: expect.closeTo(10, 9), matchedChange: expect.closeTo(0, 9), difference: expect.closeTo(10, 9), lower: expect.closeTo(10, 9), upper: expect.closeTo(10, 9) });
		expect(findings.find((f) => f.programme === 'training' && f.outcome === 'fcr')!.result).toMatchObject({ treated: 8, difference: 0 });
		expect(findings.find((f) => f.programme === 'training' && f.outcome === 'qaScore')!.result).toMatchObject({ treated: 8, difference: expect.closeTo(4, 9) });
		// Three agents coached: fewer than five pairs.
		expect(findings.filter((f) => f.programme === 'coaching').map((f) => f.result)).toEqual([null, null, null]);
	});

	it('over the whole organization for HR, with the other team in it', async () => {
		const scope = await dataScope(database, await sessionUserOf(database, org.hrId));
		const csat = (await programmeEffects(database, scope, today)).find((f) => f.programme === 'training' && f.outcome === 'csat')!.result!;
		expect(csat.treated).toBe(14);
		expect(csat.difference).toBeCloseTo((8 * 10 + 6 * 30) / 14, 9);
	});

	it('has nothing to compare for an agent or a supervisor without teams', async () => {
		const agentScope = await dataScope(database, await sessionUserOf(database, org.agent1Id));
		expect((await programmeEffects(database, agentScope, today)).every((f) => f.result === null)).toBe(true);
		const lone = await addPerson(database, { organizationId: org.organizationId, name: 'New Supervisor', role: 'supervisor' });
		const loneScope = await dataScope(database, await sessionUserOf(database, lone));
		expect(await programmeEffects(database, loneScope, today)).toHaveLength(6);
	});
});
