import { and, asc, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { agentDayOutcomes, exits, people, queues, sites, teams, teamSupervisors, type EmploymentStatus, type Role } from './db/schema';
import { teamCondition, type DataScope } from './auth/guard';
import { deletePersonSessions } from './auth/session';
import { recordAudit } from './audit';
import { rebuildPeopleDays } from './outcome-aggregates';
import type { Employment } from '$lib/domain/people/turnover';
import type { PersonInput, PersonLookups } from '$lib/domain/people/person-input';
import { checkPeopleImport, type ImportCheck } from '$lib/domain/people/people-import';

export const personListColumns = {
	id: people.id,
	name: people.name,
	email: people.email,
	role: people.role,
	teamId: people.teamId,
	teamName: teams.name,
	siteId: people.siteId,
	siteName: sites.name,
	hireDate: people.hireDate,
	employmentStatus: people.employmentStatus,
	contractHoursMin: people.contractHoursMin,
	contractHoursMax: people.contractHoursMax,
	skills: people.skills,
	disabledAt: people.disabledAt
};

export interface PeopleFilter {
	query?: string;
	status?: EmploymentStatus;
	limit?: number;
}

/** People the scope covers, with team and site names, filtered and sorted by name. */
export async function listPeople(database: Database, scope: DataScope, filter: PeopleFilter = {}) {
	const conditions = [eq(people.organizationId, scope.organizationId), teamCondition(scope)];
	if (filter.status) conditions.push(eq(people.employmentStatus, filter.status));
	const query = filter.query?.trim().toLowerCase();
	if (query) {
		const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(or(sql`lower(${people.name}) like ${pattern} escape '\\'`, sql`${people.email} like ${pattern} escape '\\'`)!);
	}
	return database.db
		.select(personListColumns)
		.from(people)
		.leftJoin(teams, eq(teams.id, people.teamId))
		.leftJoin(sites, eq(sites.id, people.siteId))
		.where(and(...conditions))
		.orderBy(asc(people.name))
		.limit(filter.limit ?? 1000);
}

export type PersonListRow = Awaited<ReturnType<typeof listPeople>>[number];

/** Each team with its supervisors' names and its active members, for the given team ids. */
export async function teamRosters(database: Database, teamIds: number[]) {
	if (!teamIds.length) return [];
	const teamRows = await database.db
		.select({ id: teams.id, name: teams.name, siteName: sites.name, timeZone: sites.timeZone })
		.from(teams)
		.innerJoin(sites, eq(sites.id, teams.siteId))
		.where(inArray(teams.id, teamIds))
		.orderBy(asc(teams.name));
	const supervisorRows = await database.db
		.select({ teamId: teamSupervisors.teamId, name: people.name })
		.from(teamSupervisors)
		.innerJoin(people, eq(people.id, teamSupervisors.personId))
		.where(inArray(teamSupervisors.teamId, teamIds));
	const memberRows = await database.db
		.select({ id: people.id, name: people.name, email: people.email, role: people.role, teamId: people.teamId, hireDate: people.hireDate, employmentStatus: people.employmentStatus, contractHoursMin: people.contractHoursMin, contractHoursMax: people.contractHoursMax })
		.from(people)
		.where(and(inArray(people.teamId, teamIds), inArray(people.employmentStatus, ['active', 'leave'])))
		.orderBy(asc(people.name));
	return teamRows.map((team) => ({
		...team,
		supervisors: supervisorRows.filter((s) => s.teamId === team.id).map((s) => s.name),
		members: memberRows.filter((p) => p.teamId === team.id)
	}));
}

/** Hire and exit dates of everyone with one of `roles`, for turnover. */
export async function employmentRecords(db: DbOrTx, organizationId: number, roles: Role[] = ['agent']): Promise<(Employment & { teamId: number | null; siteId: number | null })[]> {
	return db
		.select({ hireDate: people.hireDate, exitDate: exits.exitDate, exitType: exits.type, teamId: people.teamId, siteId: people.siteId })
		.from(people)
		.leftJoin(exits, eq(exits.personId, people.id))
		.where(and(eq(people.organizationId, organizationId), inArray(people.role, roles)));
}

export async function recentWorkedDays(database: Database, personId: number, limit = 5) {
	return database.db
		.select({ day: agentDayOutcomes.day, shiftStartMinute: agentDayOutcomes.shiftStartMinute, workedMinutes: agentDayOutcomes.workedMinutes })
		.from(agentDayOutcomes)
		.where(eq(agentDayOutcomes.personId, personId))
		.orderBy(desc(agentDayOutcomes.day))
		.limit(limit);
}

/** Averages of a person's daily outcomes since `fromDay`; CSAT weighted by survey answers. */
export async function outcomeSummary(database: Database, personId: number, fromDay: string) {
	const row = (
		await database.db
			.select({
				days: sql<number>`count(*)`,
				contacts: sql<number>`coalesce(sum(${agentDayOutcomes.contacts}), 0)`,
				csat: sql<number | null>`sum(${agentDayOutcomes.csat} * ${agentDayOutcomes.csatResponses}) / nullif(sum(case when ${agentDayOutcomes.csat} is not null then ${agentDayOutcomes.csatResponses} end), 0)`,
				fcr: sql<number | null>`avg(${agentDayOutcomes.fcr})`,
				firstReplySeconds: sql<number | null>`avg(${agentDayOutcomes.firstReplySeconds})`,
				resolutionSeconds: sql<number | null>`avg(${agentDayOutcomes.resolutionSeconds})`,
				customerEffort: sql<number | null>`avg(${agentDayOutcomes.customerEffort})`,
				handleSeconds: sql<number | null>`avg(${agentDayOutcomes.handleSeconds})`,
				qaScore: sql<number | null>`avg(${agentDayOutcomes.qaScore})`
			})
			.from(agentDayOutcomes)
			.where(and(eq(agentDayOutcomes.personId, personId), gte(agentDayOutcomes.day, fromDay)))
	)[0];
	return row && row.days > 0 ? row : null;
}


/** Lookups for validating person input in one organization. */
export async function personLookups(db: DbOrTx, organizationId: number, refs: 'id' | 'name', today: string): Promise<PersonLookups> {
	const [teamRows, siteRows, queueRows, emailRows] = await Promise.all([
		db.select({ id: teams.id, name: teams.name, siteId: teams.siteId }).from(teams).where(eq(teams.organizationId, organizationId)),
		db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organizationId, organizationId)),
		db.select({ id: queues.id, name: queues.name }).from(queues).where(eq(queues.organizationId, organizationId)),
		// Emails are unique across organizations, so every address counts as taken.
		db.select({ id: people.id, email: people.email }).from(people)
	]);
	return { refs, teams: teamRows, sites: siteRows, queues: queueRows, emails: new Map(emailRows.map((r) => [r.email, r.id])), today };
}

export async function createPerson(database: Database, organizationId: number, input: PersonInput, actorId: number, now: number): Promise<number> {
	return database.write(async (tx) => {
		const [row] = await tx
			.insert(people)
			.values({ ...input, organizationId, createdAt: now })
			.returning({ id: people.id });
		await recordAudit(tx, { actorId, action: 'person.create', entity: 'person', entityId: row!.id, detail: { email: input.email, role: input.role } }, now);
		return row!.id;
	});
}

export async function updatePerson(database: Database, personId: number, input: PersonInput, actorId: number, now: number): Promise<void> {
	await database.write(async (tx) => {
		const before = (await tx.select({ teamId: people.teamId }).from(people).where(eq(people.id, personId)).limit(1))[0];
		await tx.update(people).set(input).where(eq(people.id, personId));
		// Outcome sums sit under the agent's current team: move their days with them.
		if (before && before.teamId !== input.teamId) await rebuildPeopleDays(tx, [personId]);
		// Leaving a role or the company ends every open session at once.
		if (input.employmentStatus === 'exited') await deletePersonSessions(tx, personId);
		await recordAudit(tx, { actorId, action: 'person.update', entity: 'person', entityId: personId, detail: { ...input } }, now);
	});
}

/** Disabling ends all the person's sessions in the same transaction. */
export async function setPersonDisabled(database: Database, personId: number, disabled: boolean, actorId: number, now: number): Promise<void> {
	await database.write(async (tx) => {
		await tx.update(people).set({ disabledAt: disabled ? now : null }).where(eq(people.id, personId));
		if (disabled) await deletePersonSessions(tx, personId);
		await recordAudit(tx, { actorId, action: disabled ? 'person.disable' : 'person.enable', entity: 'person', entityId: personId }, now);
	});
}

/** Inserts every person or none. Lookups are re-checked inside the transaction so a row added meanwhile cannot slip through. */
export async function importPeople(database: Database, organizationId: number, header: string[], rows: Record<string, string>[], actorId: number, today: string, now: number): Promise<ImportCheck> {
	return database.write(async (tx) => {
		const check = checkPeopleImport(header, rows, await personLookups(tx, organizationId, 'name', today));
		if (!check.ok) return check;
		for (let i = 0; i < check.people.length; i += 200) {
			await tx.insert(people).values(check.people.slice(i, i + 200).map((p) => ({ ...p, organizationId, createdAt: now })));
		}
		await recordAudit(tx, { actorId, action: 'person.import', entity: 'person', detail: { count: check.people.length } }, now);
		return check;
	});
}

export async function getPerson(database: Database, organizationId: number, personId: number) {
	const rows = await database.db
		.select(personListColumns)
		.from(people)
		.leftJoin(teams, eq(teams.id, people.teamId))
		.leftJoin(sites, eq(sites.id, people.siteId))
		.where(and(eq(people.id, personId), eq(people.organizationId, organizationId)))
		.limit(1);
	return rows[0] ?? null;
}

/** Whether the demo accounts exist, so the sign-in page may show them (never in a real center). */
export async function hasDemoAccounts(database: Database): Promise<boolean> {
	const rows = await database.db.select({ id: people.id }).from(people).where(eq(people.email, 'admin@tend.test')).limit(1);
	return rows.length > 0;
}
