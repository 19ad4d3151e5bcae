// Helpers for tests that need a real database: a migrated temporary file database and a
// minimal organization in it. Not a test file itself; imported by the *.test.ts beside the code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from './db';
import { forecastIntervals, forecasts, organizations, people, queues, sites, teams, teamSupervisors, type NewPerson } from './db/schema';
import { hashPassword } from './auth/password';
import { sessionUserColumns, type SessionUser } from './auth/session';
import { localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';

/** The password every seeded person has. */
export const testPassword = 'correct horse battery staple';

// argon2id takes tens of milliseconds; hash once per test file (module instance) and reuse.
let passwordHash: Promise<string> | undefined;
export function testPasswordHash(): Promise<string> {
	passwordHash ??= hashPassword(testPassword);
	return passwordHash;
}

/** A fresh, migrated file database in its own temporary directory. */
export async function createTestDatabase(): Promise<Database> {
	const dir = mkdtempSync(join(tmpdir(), 'tend-'));
	const database = await openDatabase('file:' + join(dir, 'test.db'));
	await migrateDatabase(database);
	return database;
}

/** The path of a file database's file. */
export function databasePath(database: Database): string {
	return database.url.slice('file:'.length);
}

/** Closes the database and removes its temporary directory. */
export function disposeTestDatabase(database: Database): void {
	database.close();
	rmSync(dirname(databasePath(database)), { recursive: true, force: true });
}

export interface TestOrg {
	organizationId: number;
	siteA: number;
	siteB: number;
	team1: number;
	team2: number;
	queueId: number;
	/** Supervises team 1; has no team of their own, so scope must add them explicitly. */
	supervisorId: number;
	agent1Id: number;
	agent2Id: number;
	hrId: number;
	adminId: number;
	/** A second organization with one site, one team and one agent, to check isolation. */
	otherOrganizationId: number;
	otherTeamId: number;
	outsiderId: number;
	password: string;
	passwordHash: string;
}

export const seedNow = Date.UTC(2026, 0, 15, 9, 0, 0);

/** One organization (2 sites, 2 teams, a queue, supervisor, 2 agents, hr, admin) plus an outsider organization. */
export async function seedTestOrg(database: Database): Promise<TestOrg> {
	const hash = await testPasswordHash();
	return database.write(async (tx) => {
		const person = async (values: Omit<NewPerson, 'createdAt' | 'passwordHash' | 'hireDate'> & { hireDate?: string }) =>
			(await tx
				.insert(people)
				.values({ hireDate: '2025-01-06', createdAt: seedNow, passwordHash: hash, ...values })
				.returning({ id: people.id }))[0]!.id;

		const [org] = await tx.insert(organizations).values({ name: 'Tend Test', createdAt: seedNow }).returning({ id: organizations.id });
		const organizationId = org!.id;
		const [a] = await tx.insert(sites).values({ organizationId, name: 'Warsaw', timeZone: 'Europe/Warsaw' }).returning({ id: sites.id });
		const [b] = await tx.insert(sites).values({ organizationId, name: 'Lisbon', timeZone: 'Europe/Lisbon' }).returning({ id: sites.id });
		const [t1] = await tx.insert(teams).values({ organizationId, siteId: a!.id, name: 'Team One' }).returning({ id: teams.id });
		const [t2] = await tx.insert(teams).values({ organizationId, siteId: b!.id, name: 'Team Two' }).returning({ id: teams.id });
		const [q] = await tx
			.insert(queues)
			.values({ organizationId, name: 'Billing', channel: 'voice', timeZone: 'Europe/Warsaw', serviceLevelTarget: 0.8, serviceLevelSeconds: 20 })
			.returning({ id: queues.id });

		const supervisorId = await person({ organizationId, name: 'Sam Supervisor', email: 'supervisor@tend.test', role: 'supervisor', siteId: a!.id });
		await tx.insert(teamSupervisors).values({ teamId: t1!.id, personId: supervisorId });
		const agent1Id = await person({ organizationId, name: 'Alice Agent', email: 'agent1@tend.test', role: 'agent', teamId: t1!.id, siteId: a!.id });
		const agent2Id = await person({ organizationId, name: 'Bob Agent', email: 'agent2@tend.test', role: 'agent', teamId: t2!.id, siteId: b!.id });
		const hrId = await person({ organizationId, name: 'Hana HR', email: 'hr@tend.test', role: 'hr' });
		const adminId = await person({ organizationId, name: 'Adam Admin', email: 'admin@tend.test', role: 'admin' });

		const [other] = await tx.insert(organizations).values({ name: 'Elsewhere', createdAt: seedNow }).returning({ id: organizations.id });
		const [os] = await tx.insert(sites).values({ organizationId: other!.id, name: 'Warsaw', timeZone: 'Europe/Warsaw' }).returning({ id: sites.id });
		const [ot] = await tx.insert(teams).values({ organizationId: other!.id, siteId: os!.id, name: 'Team One' }).returning({ id: teams.id });
		const outsiderId = await person({ organizationId: other!.id, name: 'Olga Outsider', email: 'outsider@elsewhere.test', role: 'agent', teamId: ot!.id, siteId: os!.id });

		return {
			organizationId,
			siteA: a!.id,
			siteB: b!.id,
			team1: t1!.id,
			team2: t2!.id,
			queueId: q!.id,
			supervisorId,
			agent1Id,
			agent2Id,
			hrId,
			adminId,
			otherOrganizationId: other!.id,
			otherTeamId: ot!.id,
			outsiderId,
			password: testPassword,
			passwordHash: hash
		};
	});
}

/** The SessionUser the session layer would put in locals for this person. */
export async function sessionUserOf(database: Database, personId: number): Promise<SessionUser> {
	const row = (
		await database.db
			.select(sessionUserColumns)
			.from(people)
			.where(eq(people.id, personId))
			.limit(1)
	)[0];
	if (!row) throw new Error(`no person ${personId}`);
	return row;
}

/**
 * The message of the error `work` rejects with, joined with its causes' (drizzle wraps the
 * SQLite error in a 'Failed query' error); throws when `work` resolves.
 */
export async function failureOf(work: Promise<unknown>): Promise<string> {
	try {
		await work;
	} catch (error) {
		const messages: string[] = [];
		for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message);
		return messages.join(' <- ');
	}
	throw new Error('expected the operation to fail, but it succeeded');
}

let personCounter = 0;

/** Adds a person (an active agent unless told otherwise) with a unique email; returns the id. */
export async function addPerson(database: Database, values: Partial<NewPerson> & { organizationId: number; name: string }): Promise<number> {
	const n = ++personCounter;
	return database.write(async (tx) =>
		(await tx
			.insert(people)
			.values({ role: 'agent', email: `person-${n}-${Date.now()}@tend.test`, hireDate: '2025-01-06', createdAt: seedNow, ...values })
			.returning({ id: people.id }))[0]!.id
	);
}

/**
 * A saved, finished forecast for `queueId` over `days` local days from `firstDay` in `timeZone`,
 * with `scheduled(day, localMinute)` scheduled agents in each interval. Returns the forecast id.
 */
export async function insertSavedForecast(
	database: Database,
	queueId: number,
	firstDay: string,
	days: number,
	timeZone: string,
	scheduled: (day: string, localMinute: number) => number,
	intervalMinutes = 15
): Promise<number> {
	return database.write(async (tx) => {
		const [row] = await tx
			.insert(forecasts)
			.values({ queueId, createdAt: seedNow, intervalMinutes, firstDay, lastDay: addDays(firstDay, days - 1), status: 'done', progress: 1, saved: true })
			.returning({ id: forecasts.id });
		const rows: (typeof forecastIntervals.$inferInsert)[] = [];
		for (let d = 0; d < days; d++) {
			const day = addDays(firstDay, d);
			for (let minute = 0; minute < 24 * 60; minute += intervalMinutes) {
				const agents = scheduled(day, minute);
				rows.push({ forecastId: row!.id, intervalStart: localTimeMs(day, minute, timeZone), volume: agents * 10, lower: agents * 8, upper: agents * 12, ahtSeconds: 300, requiredAgents: agents, scheduledAgents: agents });
			}
		}
		for (let i = 0; i < rows.length; i += 500) await tx.insert(forecastIntervals).values(rows.slice(i, i + 500));
		return row!.id;
	});
}
