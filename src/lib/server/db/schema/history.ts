import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { people, queues } from './org';

// Contact volume per queue and interval, as the ACD/ticketing system reported it.
export const intervalHistory = sqliteTable(
	'interval_history',
	{
		queueId: integer()
			.notNull()
			.references(() => queues.id, { onDelete: 'cascade' }),
		// UTC instant of the interval start, ms.
		intervalStart: integer().notNull(),
		intervalMinutes: integer().notNull(),
		offered: integer().notNull(),
		handled: integer().notNull(),
		abandoned: integer().notNull(),
		// Average handle time of the handled contacts, seconds; null when none was handled.
		ahtSeconds: real()
	},
	(t) => [
		primaryKey({ columns: [t.queueId, t.intervalStart] }),
		check('interval_history_counts', sql`${t.offered} >= 0 AND ${t.handled} >= 0 AND ${t.abandoned} >= 0 AND ${t.handled} + ${t.abandoned} <= ${t.offered}`)
	]
);

// One row per agent and worked day: the outcomes the research measures, as the center's
// systems report them. Null where the day had no such measurement (e.g. no survey answered).
export const agentDayOutcomes = sqliteTable(
	'agent_day_outcomes',
	{
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		day: text().notNull(),
		contacts: integer().notNull(),
		// Paid minutes worked, and how many of them were outside the contracted schedule.
		workedMinutes: integer().notNull(),
		overtimeMinutes: integer().notNull().default(0),
		// Local start of the shift, minutes after midnight (nights and changing starts strain).
		shiftStartMinute: integer().notNull(),
		// Share of surveyed contacts rated 4-5 of 5, and how many were surveyed.
		csat: real(),
		csatResponses: integer().notNull().default(0),
		// Share of cases resolved in the first contact.
		fcr: real(),
		firstReplySeconds: real(),
		resolutionSeconds: real(),
		// CES 2.0: 1-7, higher is easier.
		customerEffort: real(),
		handleSeconds: real(),
		qaScore: real()
	},
	(t) => [
		primaryKey({ columns: [t.personId, t.day] }),
		index('agent_day_outcomes_day').on(t.day),
		check(
			'agent_day_outcomes_ranges',
			sql`${t.contacts} >= 0 AND ${t.workedMinutes} >= 0 AND ${t.overtimeMinutes} >= 0 AND ${t.overtimeMinutes} <= ${t.workedMinutes}
			AND ${t.shiftStartMinute} BETWEEN 0 AND 1439 AND ${t.csatResponses} >= 0
			AND (${t.csat} IS NULL OR ${t.csat} BETWEEN 0 AND 1) AND (${t.fcr} IS NULL OR ${t.fcr} BETWEEN 0 AND 1)
			AND (${t.customerEffort} IS NULL OR ${t.customerEffort} BETWEEN 1 AND 7) AND (${t.qaScore} IS NULL OR ${t.qaScore} BETWEEN 0 AND 100)`
		)
	]
);

export const exitTypes = ['voluntary', 'involuntary'] as const;
export type ExitType = (typeof exitTypes)[number];

// The end of a person's employment. Hires are people.hire_date.
export const exits = sqliteTable(
	'exits',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.unique()
			.references(() => people.id, { onDelete: 'cascade' }),
		exitDate: text().notNull(),
		type: text({ enum: exitTypes }).notNull(),
		reason: text().notNull()
	},
	(t) => [check('exits_type', sql`${t.type} IN ('voluntary', 'involuntary')`)]
);

export type IntervalHistory = typeof intervalHistory.$inferSelect;
export type AgentDayOutcome = typeof agentDayOutcomes.$inferSelect;
export type Exit = typeof exits.$inferSelect;
