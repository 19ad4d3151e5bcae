import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Every timestamp column is an integer of milliseconds since the Unix epoch (UTC).
// Every calendar date column is ISO text 'YYYY-MM-DD', read in the person's or site's time zone.

export const roles = ['agent', 'supervisor', 'hr', 'admin'] as const;
export type Role = (typeof roles)[number];

export const employmentStatuses = ['active', 'leave', 'exited'] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];

export const channels = ['voice', 'chat', 'email', 'other'] as const;
export type Channel = (typeof channels)[number];

export const organizations = sqliteTable('organizations', {
	id: integer().primaryKey({ autoIncrement: true }),
	name: text().notNull(),
	createdAt: integer().notNull()
});

export const sites = sqliteTable(
	'sites',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		name: text().notNull(),
		// IANA zone name, e.g. 'Europe/Warsaw'; shifts and dates at the site are read in it.
		timeZone: text().notNull()
	},
	(t) => [uniqueIndex('sites_org_name').on(t.organizationId, t.name)]
);

export const teams = sqliteTable(
	'teams',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		siteId: integer()
			.notNull()
			.references(() => sites.id),
		name: text().notNull()
	},
	(t) => [uniqueIndex('teams_org_name').on(t.organizationId, t.name)]
);

export const people = sqliteTable(
	'people',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		name: text().notNull(),
		// Stored lower-cased and trimmed; sign-in compares on this form.
		email: text().notNull(),
		role: text({ enum: roles }).notNull(),
		teamId: integer().references(() => teams.id),
		siteId: integer().references(() => sites.id),
		hireDate: text().notNull(),
		employmentStatus: text({ enum: employmentStatuses }).notNull().default('active'),
		// Contracted weekly hours, minimum and maximum.
		contractHoursMin: real().notNull().default(0),
		contractHoursMax: real().notNull().default(40),
		// Queue ids this person is skilled for, as a JSON array of integers.
		skills: text({ mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
		locale: text(),
		// argon2id PHC string; null until the person accepts an invitation.
		passwordHash: text(),
		disabledAt: integer(),
		createdAt: integer().notNull()
	},
	(t) => [
		uniqueIndex('people_email').on(t.email),
		index('people_team').on(t.teamId),
		check('people_role', sql`${t.role} IN ('agent', 'supervisor', 'hr', 'admin')`),
		check('people_status', sql`${t.employmentStatus} IN ('active', 'leave', 'exited')`),
		check('people_contract_hours', sql`${t.contractHoursMin} >= 0 AND ${t.contractHoursMin} <= ${t.contractHoursMax} AND ${t.contractHoursMax} <= 80`)
	]
);

export const teamSupervisors = sqliteTable(
	'team_supervisors',
	{
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.teamId, t.personId] })]
);

export const queues = sqliteTable(
	'queues',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		name: text().notNull(),
		channel: text({ enum: channels }).notNull(),
		// IANA zone of the market the queue serves: its opening hours, days and holidays are read in it.
		timeZone: text().notNull(),
		// Service-level target: share answered within serviceLevelSeconds (e.g. 0.8 within 20 s).
		// For email and other deferred work, serviceLevelSeconds is the response-time target.
		serviceLevelTarget: real().notNull(),
		serviceLevelSeconds: integer().notNull(),
		// Contacts one agent handles at once (chat); 1 for voice and email.
		concurrency: integer().notNull().default(1)
	},
	(t) => [
		uniqueIndex('queues_org_name').on(t.organizationId, t.name),
		check('queues_channel', sql`${t.channel} IN ('voice', 'chat', 'email', 'other')`),
		check('queues_target', sql`${t.serviceLevelTarget} > 0 AND ${t.serviceLevelTarget} <= 1 AND ${t.serviceLevelSeconds} > 0`),
		check('queues_concurrency', sql`${t.concurrency} >= 1 AND ${t.concurrency} <= 10`)
	]
);

export type Organization = typeof organizations.$inferSelect;
export type Site = typeof sites.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type Queue = typeof queues.$inferSelect;
