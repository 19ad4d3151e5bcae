// Sites, teams and queues of one organization: reads for the admin pages and the writes
// behind them, each write with its audit entry in one transaction.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { people, queues, sites, teams, teamSupervisors, type Queue } from './db/schema';
import { recordAudit } from './audit';

export async function listSites(database: Database, organizationId: number) {
	return database.db.select().from(sites).where(eq(sites.organizationId, organizationId)).orderBy(asc(sites.name));
}

export async function listQueues(database: Database, organizationId: number): Promise<Queue[]> {
	return database.db.select().from(queues).where(eq(queues.organizationId, organizationId)).orderBy(asc(queues.name));
}

export async function listTeams(database: Database, organizationId: number) {
	const rows = await database.db
		.select({
			id: teams.id,
			name: teams.name,
			siteId: teams.siteId,
			siteName: sites.name,
			members: sql<number>`(select count(*) from ${people} where ${people.teamId} = ${teams.id} and ${people.employmentStatus} != 'exited')`
		})
		.from(teams)
		.innerJoin(sites, eq(sites.id, teams.siteId))
		.where(eq(teams.organizationId, organizationId))
		.orderBy(asc(teams.name));
	const supervisorRows = await database.db
		.select({ teamId: teamSupervisors.teamId, personId: people.id, name: people.name })
		.from(teamSupervisors)
		.innerJoin(people, eq(people.id, teamSupervisors.personId))
		.where(eq(people.organizationId, organizationId));
	return rows.map((team) => ({ ...team, supervisors: supervisorRows.filter((s) => s.teamId === team.id) }));
}

export async function listSupervisors(database: Database, organizationId: number) {
	return database.db
		.select({ id: people.id, name: people.name, role: people.role })
		.from(people)
		.where(and(eq(people.organizationId, organizationId), eq(people.role, 'supervisor'), ne(people.employmentStatus, 'exited')))
		.orderBy(asc(people.name));
}

export async function createSite(database: Database, organizationId: number, value: { name: string; timeZone: string }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const [row] = await tx.insert(sites).values({ organizationId, ...value }).returning({ id: sites.id });
		await recordAudit(tx, { actorId, action: 'site.create', entity: 'site', entityId: row!.id, detail: value }, now);
	});
}

export async function updateSite(database: Database, organizationId: number, siteId: number, value: { name: string; timeZone: string }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const updated = await tx.update(sites).set(value).where(and(eq(sites.id, siteId), eq(sites.organizationId, organizationId))).returning({ id: sites.id });
		if (!updated.length) return;
		await recordAudit(tx, { actorId, action: 'site.update', entity: 'site', entityId: siteId, detail: value }, now);
	});
}

export async function createTeam(database: Database, organizationId: number, value: { name: string; siteId: number; supervisorIds: number[] }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const [row] = await tx.insert(teams).values({ organizationId, name: value.name, siteId: value.siteId }).returning({ id: teams.id });
		if (value.supervisorIds.length) await tx.insert(teamSupervisors).values(value.supervisorIds.map((personId) => ({ teamId: row!.id, personId })));
		await recordAudit(tx, { actorId, action: 'team.create', entity: 'team', entityId: row!.id, detail: value }, now);
	});
}

export async function updateTeam(database: Database, organizationId: number, teamId: number, value: { name: string; siteId: number; supervisorIds: number[] }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const updated = await tx.update(teams).set({ name: value.name, siteId: value.siteId }).where(and(eq(teams.id, teamId), eq(teams.organizationId, organizationId))).returning({ id: teams.id });
		// Not a team of this organization: leave its supervisors alone too.
		if (!updated.length) return;
		await tx.delete(teamSupervisors).where(eq(teamSupervisors.teamId, teamId));
		if (value.supervisorIds.length) await tx.insert(teamSupervisors).values(value.supervisorIds.map((personId) => ({ teamId, personId })));
		await recordAudit(tx, { actorId, action: 'team.update', entity: 'team', entityId: teamId, detail: value }, now);
	});
}

type QueueValue = Pick<Queue, 'name' | 'channel' | 'timeZone' | 'serviceLevelTarget' | 'serviceLevelSeconds' | 'concurrency'>;

export async function createQueue(database: Database, organizationId: number, value: QueueValue, actorId: number, now: number) {
	await database.write(async (tx) => {
		const [row] = await tx.insert(queues).values({ organizationId, ...value }).returning({ id: queues.id });
		await recordAudit(tx, { actorId, action: 'queue.create', entity: 'queue', entityId: row!.id, detail: { ...value } }, now);
	});
}

export async function updateQueue(database: Database, organizationId: number, queueId: number, value: QueueValue, actorId: number, now: number) {
	await database.write(async (tx) => {
		const updated = await tx.update(queues).set(value).where(and(eq(queues.id, queueId), eq(queues.organizationId, organizationId))).returning({ id: queues.id });
		if (!updated.length) return;
		await recordAudit(tx, { actorId, action: 'queue.update', entity: 'queue', entityId: queueId, detail: { ...value } }, now);
	});
}

/** The IANA zone of a site; UTC for people without one. */
export async function siteTimeZone(db: DbOrTx, siteId: number | null): Promise<string> {
	if (siteId === null) return 'UTC';
	const site = (await db.select({ timeZone: sites.timeZone }).from(sites).where(eq(sites.id, siteId)).limit(1))[0];
	return site?.timeZone ?? 'UTC';
}
