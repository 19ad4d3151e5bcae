import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, flexibilityIndex, preferences, schedules, shiftSwaps, shifts, teamFlexibilityIndex, timeOffRequests, sites, teams } from './db/schema';
import { refreshFlexibilityIndex, teamFairness } from './fairness';
import { addPerson, createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { localTimeMs } from '$lib/domain/schedule/center-model';

let database: Database;
let org: TestOrg;
let timeZone: string;
let second: number;
const monday = '2026-01-05';

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	const site = (await database.db.select({ timeZone: sites.timeZone }).from(teams).innerJoin(sites, eq(sites.id, teams.siteId)).where(eq(teams.id, org.team1)))[0]!;
	timeZone = site.timeZone;
	second = await addPerson(database, { organizationId: org.organizationId, name: 'Second Agent', email: 'second@tend.test', role: 'agent', teamId: org.team1, siteId: org.siteA });
	await database.write(async (tx) => {
		const [s] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: monday, lastDay: '2026-01-11', status: 'published', runStatus: 'done', createdAt: seedNow }).returning({ id: schedules.id });
		const shift = (personId: number, day: string, hour: number) => ({ scheduleId: s!.id, personId, start: localTimeMs(day, hour * 60, timeZone), end: localTimeMs(day, (hour + 8) * 60, timeZone), breaks: [] });
		// agent1 works Monday 08:00 and Saturday 19:00; second works Tuesday 08:00.
		await tx.insert(shifts).values([shift(org.agent1Id, '2026-01-05', 8), shift(org.agent1Id, '2026-01-10', 19), shift(second, '2026-01-06', 8)]);
		// agent1 wished Monday off (broken) and Wednesday off (kept); second has no wishes.
		await tx.insert(preferences).values([
			{ personId: org.agent1Id, kind: 'day_off', weekday: 0 },
			{ personId: org.agent1Id, kind: 'day_off', weekday: 2 }
		]);
		// A request made that week, approved.
		await tx.insert(timeOffRequests).values({ personId: org.agent1Id, firstDay: '2026-02-02', lastDay: '2026-02-02', status: 'approved', createdAt: localTimeMs('2026-01-07', 600, timeZone) });
	});
});
afterAll(() => disposeTestDatabase(database));

describe('teamFairness', () => {
	it('counts weekends, evening starts and wishes per agent of the team', async () => {
		const figures = await teamFairness(database, org.team1, monday, '2026-01-11', timeZone);
		expect(figures.find((f) => f.personId === org.agent1Id)).toEqual({ personId: org.agent1Id, weekends: 1, evenings: 1, wishesHonoured: 1, wishesTotal: 2 });
		expect(figures.find((f) => f.personId === second)).toEqual({ personId: second, weekends: 0, evenings: 0, wishesHonoured: 0, wishesTotal: 0 });
	});
});

describe('refreshFlexibilityIndex', () => {
	it('stores each agent-week and the team mean, and replaces them when run again', async () => {
		await refreshFlexibilityIndex(database, org.team1, monday, 1, timeZone);
		await refreshFlexibilityIndex(database, org.team1, monday, 1, timeZone);
		const rows = await database.db.select().from(flexibilityIndex).where(eq(flexibilityIndex.weekStart, monday));
		const a1 = rows.find((r) => r.personId === org.agent1Id)!;
		// Wishes 1 of 2, requests 1 of 1: index (0.5 + 1) / 2.
		expect(a1).toMatchObject({ preferencesHonoured: 0.5, requestsApproved: 1, value: 0.75 });
		expect(rows.find((r) => r.personId === second)).toMatchObject({ preferencesHonoured: null, requestsApproved: null, value: null });
		const team = await database.db.select().from(teamFlexibilityIndex).where(eq(teamFlexibilityIndex.teamId, org.team1));
		expect(team).toEqual([{ teamId: org.team1, weekStart: monday, value: 0.75, agentsMeasured: 1 }]);
	});

	it('counts a settled swap as a request of both agents, and their swap actions as self-service changes', async () => {
		const thursday = localTimeMs('2026-01-08', 600, timeZone);
		const [shift] = await database.db.select().from(shifts).where(eq(shifts.personId, org.agent1Id)).limit(1);
		await database.write(async (tx) => {
			// agent1 offered a shift, second took it, the supervisor denied it on Thursday.
			await tx.insert(shiftSwaps).values({ shiftId: shift!.id, offeredBy: org.agent1Id, takenBy: second, status: 'denied', createdAt: thursday, decidedBy: org.supervisorId, decidedAt: thursday });
			// A swap settled the week after counts then, not now.
			await tx.insert(shiftSwaps).values({ shiftId: shift!.id, offeredBy: org.agent1Id, takenBy: second, status: 'approved', createdAt: thursday, decidedAt: localTimeMs('2026-01-12', 600, timeZone) });
			await tx.insert(auditLog).values([
				{ actorId: org.agent1Id, action: 'swap.offer', entity: 'shift_swap', at: thursday },
				{ actorId: second, action: 'swap.take', entity: 'shift_swap', at: thursday },
				{ actorId: org.supervisorId, action: 'swap.deny', entity: 'shift_swap', at: thursday }
			]);
		});
		const before = (await database.db.select().from(flexibilityIndex).where(eq(flexibilityIndex.personId, org.agent1Id)))[0]!.selfServiceChanges;
		await refreshFlexibilityIndex(database, org.team1, monday, 1, timeZone);
		const rows = await database.db.select().from(flexibilityIndex).where(eq(flexibilityIndex.weekStart, monday));
		// agent1: wishes 1 of 2, requests 1 of 2 (the time off, not the swap): (0.5 + 0.5) / 2.
		expect(rows.find((r) => r.personId === org.agent1Id)).toMatchObject({ preferencesHonoured: 0.5, requestsApproved: 0.5, value: 0.5, selfServiceChanges: before + 1 });
		// second: no wishes, requests 0 of 1.
		expect(rows.find((r) => r.personId === second)).toMatchObject({ preferencesHonoured: null, requestsApproved: 0, value: 0, selfServiceChanges: 1 });
		const team = await database.db.select().from(teamFlexibilityIndex).where(eq(teamFlexibilityIndex.teamId, org.team1));
		expect(team).toEqual([{ teamId: org.team1, weekStart: monday, value: 0.25, agentsMeasured: 2 }]);
	});
});
