import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, people, queues } from './org';

// Staffing targets of a queue beyond its service level (queues.service_level_*): the strictest
// target wins. Null means "no such target".
export const queueTargets = sqliteTable(
	'queue_targets',
	{
		queueId: integer()
			.primaryKey()
			.references(() => queues.id, { onDelete: 'cascade' }),
		// Average speed of answer target, seconds.
		asaSeconds: real(),
		maxOccupancy: real(),
		// Mean customer patience, seconds: staffing uses Erlang A when set, Erlang C otherwise.
		patienceSeconds: real()
	},
	(t) => [check('queue_targets_ranges', sql`(${t.asaSeconds} IS NULL OR ${t.asaSeconds} > 0) AND (${t.maxOccupancy} IS NULL OR (${t.maxOccupancy} > 0 AND ${t.maxOccupancy} <= 1)) AND (${t.patienceSeconds} IS NULL OR ${t.patienceSeconds} > 0)`)]
);

export const shrinkageKinds = ['planned', 'unplanned'] as const;
export type ShrinkageKind = (typeof shrinkageKinds)[number];

// Shares of paid time not available for contacts, by category (breaks, training, sickness...).
export const shrinkageCategories = sqliteTable(
	'shrinkage_categories',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		name: text().notNull(),
		kind: text({ enum: shrinkageKinds }).notNull(),
		share: real().notNull()
	},
	(t) => [
		uniqueIndex('shrinkage_categories_org_name').on(t.organizationId, t.name),
		check('shrinkage_categories_share', sql`${t.share} >= 0 AND ${t.share} < 1 AND ${t.kind} IN ('planned', 'unplanned')`)
	]
);

export const specialDayKinds = ['holiday', 'outage', 'event'] as const;
export type SpecialDayKind = (typeof specialDayKinds)[number];

// Days whose history is not typical: left out of forecast training. A forecast for such a day
// can be overridden by a multiplier of the normal forecast.
export const specialDays = sqliteTable(
	'special_days',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		// Null: every queue of the organization.
		queueId: integer().references(() => queues.id, { onDelete: 'cascade' }),
		day: text().notNull(),
		kind: text({ enum: specialDayKinds }).notNull(),
		note: text().notNull().default(''),
		// Applied to the forecast of that day when set (e.g. 0.3 for a holiday, 0 for closed).
		forecastMultiplier: real()
	},
	(t) => [index('special_days_org_day').on(t.organizationId, t.day), check('special_days_multiplier', sql`${t.forecastMultiplier} IS NULL OR ${t.forecastMultiplier} >= 0`)]
);

export const forecastStatuses = ['running', 'done', 'failed'] as const;
export type ForecastStatus = (typeof forecastStatuses)[number];

// A forecast run for one queue: offered volume and AHT per interval over a horizon, with the
// method the backtest chose, its accuracy, and the requirement computed from it.
export const forecasts = sqliteTable(
	'forecasts',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		queueId: integer()
			.notNull()
			.references(() => queues.id, { onDelete: 'cascade' }),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull(),
		intervalMinutes: integer().notNull(),
		// First and last forecast day, in the queue's time zone, inclusive.
		firstDay: text().notNull(),
		lastDay: text().notNull(),
		status: text({ enum: forecastStatuses }).notNull(),
		// 0..1 while running.
		progress: real().notNull().default(0),
		error: text(),
		method: text(),
		ahtMethod: text(),
		wape: real(),
		// Every method's backtest WAPE, { method: wape }.
		backtest: text({ mode: 'json' }).$type<Record<string, number>>(),
		// The saved forecast the scheduler plans against; at most one per queue.
		saved: integer({ mode: 'boolean' }).notNull().default(false),
		// Staffing inputs used for the requirement: { serviceLevel, answerSeconds, shrinkage, ... }.
		staffing: text({ mode: 'json' }).$type<Record<string, number | string | null>>()
	},
	(t) => [
		index('forecasts_queue').on(t.queueId, t.createdAt),
		uniqueIndex('forecasts_saved_per_queue').on(t.queueId).where(sql`${t.saved} = 1`),
		check('forecasts_status', sql`${t.status} IN ('running', 'done', 'failed')`)
	]
);

export const forecastIntervals = sqliteTable(
	'forecast_intervals',
	{
		forecastId: integer()
			.notNull()
			.references(() => forecasts.id, { onDelete: 'cascade' }),
		intervalStart: integer().notNull(),
		volume: real().notNull(),
		lower: real().notNull(),
		upper: real().notNull(),
		ahtSeconds: real().notNull(),
		// Net agents needed on contacts, and gross after shrinkage: the scheduler's target.
		requiredAgents: integer().notNull(),
		scheduledAgents: integer().notNull(),
		serviceLevel: real(),
		occupancy: real()
	},
	(t) => [primaryKey({ columns: [t.forecastId, t.intervalStart] })]
);

export type QueueTargets = typeof queueTargets.$inferSelect;
export type ShrinkageCategory = typeof shrinkageCategories.$inferSelect;
export type SpecialDay = typeof specialDays.$inferSelect;
export type Forecast = typeof forecasts.$inferSelect;
export type ForecastInterval = typeof forecastIntervals.$inferSelect;
