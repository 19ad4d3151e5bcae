import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, coachingSessions, cxSelfAssessments, metricReviews, moduleCompletions, outcomeTargets, teamDayOutcomes, teamWeekStaffing, trainingModules } from './db/schema';
import { dataScope } from './auth/guard';
import { loadMaturity, saveSelfAssessment } from './cx-maturity';
import { addPerson, createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';
import { characteristics, maturityWindow, type SelfAssessment } from '$lib/domain/outcomes/cx-maturity';
import { addDays } from '$lib/domain/people/turnover';

let database: Database;
let org: TestOrg;
// seedNow is Thursday 2026-01-15: the window is 2025-12-15 to 2026-01-11.
const today = '2026-01-15';
const window = maturityWindow(today);
const dayMs = 86_400_000;

const all = (answer: 0 | 1 | 2) => Object.fromEntries(characteristics.map((c) => [c, answer])) as SelfAssessment;

const teamDay = (teamId: number, day: string, csat: number, firstReply: number, resolution: number) => ({
	teamId, day, agentDays: 1, contacts: 40, workedMinutes: 480, overtimeMinutes: 0, csatWeighted: csat * 10, csatResponses: 10, fcrSum: 0.7, fcrCount: 1,
	firstReplySum: firstReply, firstReplyCount: 1, resolutionSum: resolution, resolutionCount: 1, effortSum: 5, effortCount: 1, handleSum: 300, handleCount: 1, qaSum: 80, qaCount: 1
});

const scopeOf = async (personId: number) => dataScope(database, await sessionUserOf(database, personId));

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	// Team One: agent1 plus four more agents, one of them exited (not counted).
	const extra: number[] = [];
	for (let i = 0; i < 4; i++) extra.push(await addPerson(database, { organizationId: org.organizationId, name: `Agent ${i}`, teamId: org.team1, siteId: org.siteA }));
	await addPerson(database, { organizationId: org.organizationId, name: 'Gone', teamId: org.team1, siteId: org.siteA, employmentStatus: 'exited' });
	await database.write(async (tx) => {
		const [module] = await tx.insert(trainingModules).values({ organizationId: org.organizationId, key: 'm1', source: 'shipped', title: 'M', minutes: 10, createdAt: seedNow }).returning({ id: trainingModules.id });
		// Team One: agent1 and extra[0] completed a module within 90 days, extra[1] was coached, extra[2] only long ago: 3 of 5.
		await tx.insert(moduleCompletions).values([
			{ moduleId: module!.id, personId: org.agent1Id, completedAt: seedNow - 10 * dayMs },
			{ moduleId: module!.id, personId: extra[0]!, completedAt: seedNow - 89 * dayMs },
			{ moduleId: module!.id, personId: extra[2]!, completedAt: seedNow - 91 * dayMs }
		]);
		await tx.insert(coachingSessions).values({ personId: extra[1]!, coachId: org.supervisorId, feedback: 'ok', createdAt: seedNow - dayMs });
		// Team Two's one agent coached: 1 of 1.
		await tx.insert(coachingSessions).values({ personId: org.agent2Id, coachId: org.supervisorId, feedback: 'ok', createdAt: seedNow - dayMs });
		await tx.insert(outcomeTargets).values([
			{ organizationId: org.organizationId, measure: 'csat', target: 0.8, updatedAt: seedNow },
			{ organizationId: org.organizationId, measure: 'firstReplySeconds', target: 1200, updatedAt: seedNow },
			{ organizationId: org.organizationId, measure: 'resolutionSeconds', target: 8 * 3600, updatedAt: seedNow }
		]);
		// Team One meets all three; Team Two misses CSAT and first reply. Days outside the window don't count.
		await tx.insert(teamDayOutcomes).values([
			teamDay(org.team1, window.fromDay, 0.9, 600, 3600),
			teamDay(org.team1, window.toDay, 0.9, 600, 3600),
			teamDay(org.team1, today, 0.1, 9999, 99999),
			teamDay(org.team2, '2026-01-05', 0.5, 2000, 3600),
			teamDay(org.team2, addDays(window.fromDay, -1), 0.99, 1, 1)
		]);
		// Team One staffed at 90/100 over two weeks in the window; Team Two has no rows (not measured).
		await tx.insert(teamWeekStaffing).values([
			{ teamId: org.team1, weekStart: window.fromDay, requiredHours: 50, coveredHours: 40, workedHours: 45 },
			{ teamId: org.team1, weekStart: addDays(window.fromDay, 7), requiredHours: 50, coveredHours: 50, workedHours: 55 },
			{ teamId: org.team1, weekStart: addDays(window.fromDay, 28), requiredHours: 50, coveredHours: 0, workedHours: 0 }
		]);
		// The supervisor reviewed on 16 weekdays of the window (and a Saturday, not counted); HR on 3 other weekdays.
		await tx.insert(metricReviews).values([...window.weekdays.slice(0, 16).map((day) => ({ personId: org.supervisorId, day })), { personId: org.supervisorId, day: addDays(window.fromDay, 5) }]);
		await tx.insert(metricReviews).values(window.weekdays.slice(16, 19).map((day) => ({ personId: org.hrId, day })));
	});
});
afterAll(() => disposeTestDatabase(database));

describe('loadMaturity', () => {
	it('measures skilling, staffing and timeliness for the supervisor’s team, and tests its outcomes', async () => {
		const result = await loadMaturity(database, await scopeOf(org.supervisorId), today, seedNow);
		expect(result.organization).toBeNull();
		expect(result.teams.map((t) => t.name)).toEqual(['Team One']);
		const team = result.teams[0]!;
		expect(team.measured).toEqual({ skilling: { trained: 3, agents: 5 }, staffing: { coveredHours: 90, requiredHours: 100 }, timeliness: { reviewedWeekdays: 16, weekdays: 20 } });
		expect(team.outcomes).toEqual({ csat: 0.9, firstReplySeconds: 600, resolutionSeconds: 3600 });
		expect(team.assessment).toBeNull();
		expect(team.maturity).toMatchObject({ held: 1, practiceTier: 'starter', failed: 0, outcomeCap: 'champion', tier: 'starter' });
		expect(team.maturity.actions.slice(0, 2)).toEqual([
			{ code: 'skilling', trained: 3, agents: 5, needed: 4 },
			{ code: 'staffing', adequacy: 0.9, threshold: 0.95 }
		]);
	});

	it('gives HR the organization and every team, the organization counting any overseer’s review days', async () => {
		const result = await loadMaturity(database, await scopeOf(org.hrId), today, seedNow);
		expect(result.teams.map((t) => t.name)).toEqual(['Team One', 'Team Two']);
		const two = result.teams[1]!;
		expect(two.measured).toEqual({ skilling: { trained: 1, agents: 1 }, staffing: null, timeliness: { reviewedWeekdays: 0, weekdays: 20 } });
		expect(two.maturity).toMatchObject({ failed: 2, outcomeCap: 'starter' });
		expect(two.maturity.characteristics.find((c) => c.key === 'staffing')).toMatchObject({ measured: false, notMeasured: true });
		const organization = result.organization!;
		expect(organization.teamId).toBeNull();
		expect(organization.measured).toEqual({ skilling: { trained: 4, agents: 6 }, staffing: { coveredHours: 90, requiredHours: 100 }, timeliness: { reviewedWeekdays: 19, weekdays: 20 } });
		expect(organization.outcomes.csat).toBeCloseTo((0.9 + 0.9 + 0.5) / 3, 10);
		expect(organization.maturity.characteristics.find((c) => c.key === 'timeliness')!.held).toBe(true);
	});

	it('shows nothing to an agent', async () => {
		const result = await loadMaturity(database, await scopeOf(org.agent1Id), today, seedNow);
		expect(result).toMatchObject({ organization: null, teams: [] });
	});
});

describe('saveSelfAssessment', () => {
	it('lets a supervisor assess their own team, audited, and the latest answers count', async () => {
		const scope = await scopeOf(org.supervisorId);
		expect(await saveSelfAssessment(database, scope, org.team1, all(0), seedNow)).toBe(true);
		expect(await saveSelfAssessment(database, scope, org.team1, all(2), seedNow + 1000)).toBe(true);
		const team = (await loadMaturity(database, scope, today, seedNow)).teams[0]!;
		expect(team.assessment).toMatchObject({ answers: all(2), answeredAt: seedNow + 1000, answeredBy: 'Sam Supervisor' });
		// Skilling and staffing measured below threshold, the other five held: Challenger.
		expect(team.maturity).toMatchObject({ held: 5, practiceTier: 'challenger', tier: 'challenger' });
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'outcomes.maturity_assessment'));
		expect(audit.length).toBe(2);
		expect(audit[1]).toMatchObject({ actorId: org.supervisorId, entity: 'cx_self_assessments', detail: { teamId: org.team1, answers: all(2) } });
	});

	it('refuses a supervisor another team or the organization, and an agent anything', async () => {
		const before = (await database.db.select().from(cxSelfAssessments)).length;
		const supervisor = await scopeOf(org.supervisorId);
		expect(await saveSelfAssessment(database, supervisor, org.team2, all(2), seedNow)).toBe(false);
		expect(await saveSelfAssessment(database, supervisor, null, all(2), seedNow)).toBe(false);
		expect(await saveSelfAssessment(database, await scopeOf(org.agent1Id), org.team1, all(2), seedNow)).toBe(false);
		// HR may not reach a team of another organization either.
		expect(await saveSelfAssessment(database, await scopeOf(org.hrId), org.otherTeamId, all(2), seedNow)).toBe(false);
		expect((await database.db.select().from(cxSelfAssessments)).length).toBe(before);
	});

	it('lets HR assess any team and the organization, kept apart', async () => {
		const hr = await scopeOf(org.hrId);
		expect(await saveSelfAssessment(database, hr, org.team2, all(1), seedNow)).toBe(true);
		expect(await saveSelfAssessment(database, hr, null, all(2), seedNow)).toBe(true);
		const result = await loadMaturity(database, hr, today, seedNow);
		expect(result.teams[1]!.assessment!.answers).toEqual(all(1));
		expect(result.organization!.assessment).toMatchObject({ answers: all(2), answeredBy: 'Hana HR' });
		// Organization: skilling 4 of 6 and staffing 0.9 not held, timeliness 19 of 20 held, four answered 2: 5 held.
		expect(result.organization!.maturity.held).toBe(5);
	});
});
