import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, people, queues, sites, teams, teamSupervisors } from './db/schema';
import { createQueue, createSite, createTeam, listQueues, listSites, listSupervisors, listTeams, updateQueue, updateSite, updateTeam } from './org';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

const supervisorsOf = async (teamId: number) =>
	(await database.db.select({ personId: teamSupervisors.personId }).from(teamSupervisors).where(eq(teamSupervisors.teamId, teamId))).map((r) => r.personId).sort((a, b) => a - b);

describe('lists', () => {
	it('show one organization only, sorted by name', async () => {
		expect((await listSites(database, org.organizationId)).map((s) => s.name)).toEqual(['Lisbon', 'Warsaw']);
		expect((await listSites(database, org.otherOrganizationId)).map((s) => s.name)).toEqual(['Warsaw']);
		expect((await listQueues(database, org.organizationId)).map((q) => q.name)).toEqual(['Billing']);
		expect(await listQueues(database, org.otherOrganizationId)).toEqual([]);
		expect((await listSupervisors(database, org.organizationId)).map((p) => p.id)).toEqual([org.supervisorId]);
	});

	it('count members who have not left, and name supervisors', async () => {
		await database.write((tx) =>
			tx.insert(people).values({ organizationId: org.organizationId, name: 'Gone', email: 'gone@tend.test', role: 'agent', teamId: org.team1, siteId: org.siteA, hireDate: '2024-01-01', employmentStatus: 'exited', createdAt: seedNow })
		);
		const rows = await listTeams(database, org.organizationId);
		expect(rows.map((t) => [t.name, t.siteName, t.members])).toEqual([
			['Team One', 'Warsaw', 1],
			['Team Two', 'Lisbon', 1]
		]);
		expect(rows[0]!.supervisors).toEqual([{ teamId: org.team1, personId: org.supervisorId, name: 'Sam Supervisor' }]);
		expect((await listTeams(database, org.otherOrganizationId)).map((t) => t.id)).toEqual([org.otherTeamId]);
	});
});

describe('writes', () => {
	it('create a site, team and queue, each with an audit entry', async () => {
		const before = (await database.db.select().from(auditLog)).length;
		await createSite(database, org.organizationId, { name: 'Porto', timeZone: 'Europe/Lisbon' }, org.adminId, seedNow);
		const porto = (await listSites(database, org.organizationId)).find((s) => s.name === 'Porto')!;
		await createTeam(database, org.organizationId, { name: 'Team Three', siteId: porto.id, supervisorIds: [org.supervisorId] }, org.adminId, seedNow);
		await createQueue(database, org.organizationId, { name: 'Chat', channel: 'chat', timeZone: 'Europe/Lisbon', serviceLevelTarget: 0.9, serviceLevelSeconds: 30, concurrency: 3 }, org.adminId, seedNow);
		const team = (await listTeams(database, org.organizationId)).find((t) => t.name === 'Team Three')!;
		expect(await supervisorsOf(team.id)).toEqual([org.supervisorId]);
		const actions = (await database.db.select().from(auditLog)).slice(before).map((e) => e.action);
		expect(actions).toEqual(['site.create', 'team.create', 'queue.create']);
	});

	it('updateTeam replaces the supervisors', async () => {
		const second = (
			await database.write((tx) =>
				tx.insert(people).values({ organizationId: org.organizationId, name: 'Sue Supervisor', email: 'sue@tend.test', role: 'supervisor', hireDate: '2024-01-01', createdAt: seedNow }).returning({ id: people.id })
			)
		)[0]!.id;
		await updateTeam(database, org.organizationId, org.team2, { name: 'Team Two', siteId: org.siteB, supervisorIds: [second] }, org.adminId, seedNow);
		expect(await supervisorsOf(org.team2)).toEqual([second]);
		await updateTeam(database, org.organizationId, org.team2, { name: 'Team 2', siteId: org.siteB, supervisorIds: [] }, org.adminId, seedNow);
		expect(await supervisorsOf(org.team2)).toEqual([]);
		expect((await database.db.select().from(teams).where(eq(teams.id, org.team2)))[0]!.name).toBe('Team 2');
	});

	it("never changes another organization's site, team, supervisors or queue", async () => {
		const otherSite = (await listSites(database, org.otherOrganizationId))[0]!;
		const outsiderSupervisor = (
			await database.write(async (tx) => {
				const rows = await tx
					.insert(people)
					.values({ organizationId: org.otherOrganizationId, name: 'Other Sup', email: 'sup@elsewhere.test', role: 'supervisor', hireDate: '2024-01-01', createdAt: seedNow })
					.returning({ id: people.id });
				await tx.insert(teamSupervisors).values({ teamId: org.otherTeamId, personId: rows[0]!.id });
				return rows;
			})
		)[0]!.id;
		await createQueue(database, org.otherOrganizationId, { name: 'Their Queue', channel: 'email', timeZone: 'Europe/Warsaw', serviceLevelTarget: 0.8, serviceLevelSeconds: 3600, concurrency: 1 }, org.outsiderId, seedNow);
		const otherQueue = (await listQueues(database, org.otherOrganizationId))[0]!;

		const auditBefore = (await database.db.select().from(auditLog)).length;
		await updateSite(database, org.organizationId, otherSite.id, { name: 'Hijacked', timeZone: 'UTC' }, org.adminId, seedNow);
		await updateTeam(database, org.organizationId, org.otherTeamId, { name: 'Hijacked', siteId: org.siteA, supervisorIds: [org.supervisorId] }, org.adminId, seedNow);
		await updateQueue(database, org.organizationId, otherQueue.id, { name: 'Hijacked', channel: 'voice', timeZone: 'UTC', serviceLevelTarget: 0.5, serviceLevelSeconds: 1, concurrency: 1 }, org.adminId, seedNow);

		expect((await database.db.select().from(sites).where(eq(sites.id, otherSite.id)))[0]).toEqual(otherSite);
		expect((await database.db.select().from(teams).where(eq(teams.id, org.otherTeamId)))[0]).toMatchObject({ name: 'Team One', organizationId: org.otherOrganizationId });
		expect(await supervisorsOf(org.otherTeamId)).toEqual([outsiderSupervisor]);
		expect((await database.db.select().from(queues).where(eq(queues.id, otherQueue.id)))[0]).toEqual(otherQueue);
		// Nothing changed, so nothing is claimed in the audit log either.
		expect((await database.db.select().from(auditLog)).length).toBe(auditBefore);
	});
});
