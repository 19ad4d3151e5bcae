import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people, queues, teams } from './org';

// Contract rules of one agent; a null column takes the center default (schedule-rules.ts).
// Weekly hours live on people (contract_hours_min/max).
export const contractRules = sqliteTable(
	'contract_rules',
	{
		personId: integer()
			.primaryKey()
			.references(() => people.id, { onDelete: 'cascade' }),
		maxConsecutiveDays: integer(),
		minRestHours: real(),
		// Weekends (Saturday or Sunday worked) allowed in any 4 weeks.
		maxWeekendsPer4Weeks: integer(),
		// Allowed local shift starts, minutes after midnight, JSON array.
		allowedStarts: text({ mode: 'json' }).$type<number[]>(),
		// Allowed paid shift lengths in minutes, JSON array.
		shiftLengths: text({ mode: 'json' }).$type<number[]>(),
		// Paid days off per calendar year.
		timeOffDaysPerYear: integer(),
		// Minutes of each of the two short breaks (shifts of 8 h or more) and of lunch (6 h or more); 0 for none.
		breakMinutes: integer(),
		lunchMinutes: integer()
	},
	(t) => [check('contract_rules_ranges', sql`(${t.maxConsecutiveDays} IS NULL OR ${t.maxConsecutiveDays} BETWEEN 1 AND 14) AND (${t.minRestHours} IS NULL OR ${t.minRestHours} BETWEEN 0 AND 24) AND (${t.maxWeekendsPer4Weeks} IS NULL OR ${t.maxWeekendsPer4Weeks} BETWEEN 0 AND 4)`)]
);

// Recurring weekly windows when an agent can work, in their site's time zone. Several per day allowed.
export const availability = sqliteTable(
	'availability',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		// ISO weekday, Monday 0 … Sunday 6.
		weekday: integer().notNull(),
		startMinute: integer().notNull(),
		endMinute: integer().notNull()
	},
	(t) => [index('availability_person').on(t.personId), check('availability_window', sql`${t.weekday} BETWEEN 0 AND 6 AND ${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.startMinute} < ${t.endMinute}`)]
);

// A dated change to the weekly pattern: unavailable all day (no window), or available only in a window.
export const availabilityExceptions = sqliteTable(
	'availability_exceptions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		day: text().notNull(),
		startMinute: integer(),
		endMinute: integer(),
		note: text().notNull().default('')
	},
	(t) => [index('availability_exceptions_person_day').on(t.personId, t.day), check('availability_exceptions_window', sql`(${t.startMinute} IS NULL AND ${t.endMinute} IS NULL) OR (${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.startMinute} < ${t.endMinute})`)]
);

export const preferenceKinds = ['prefer_window', 'avoid_window', 'day_off'] as const;
export type PreferenceKind = (typeof preferenceKinds)[number];

// Soft wishes the optimizer weighs: preferred and avoided start windows, preferred days off.
export const preferences = sqliteTable(
	'preferences',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		kind: text({ enum: preferenceKinds }).notNull(),
		weekday: integer().notNull(),
		// For windows: the shift should start (prefer) or not start (avoid) in [start, end).
		startMinute: integer(),
		endMinute: integer()
	},
	(t) => [index('preferences_person').on(t.personId), check('preferences_kind', sql`${t.kind} IN ('prefer_window', 'avoid_window', 'day_off') AND ${t.weekday} BETWEEN 0 AND 6`)]
);

// Hours an agent would like per week, within their contract.
export const desiredHours = sqliteTable('desired_hours', {
	personId: integer()
		.primaryKey()
		.references(() => people.id, { onDelete: 'cascade' }),
	weeklyHours: real().notNull()
});

export const scheduleStatuses = ['draft', 'published'] as const;
export const scheduleRunStatuses = ['running', 'done', 'failed'] as const;

// A team's schedule over whole weeks. Agents see only published schedules.
export const schedules = sqliteTable(
	'schedules',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		firstDay: text().notNull(),
		lastDay: text().notNull(),
		status: text({ enum: scheduleStatuses }).notNull().default('draft'),
		runStatus: text({ enum: scheduleRunStatuses }).notNull(),
		progress: real().notNull().default(0),
		runError: text(),
		// Objective of the generated schedule and a proven lower bound (same units), when known.
		objective: real(),
		lowerBound: real(),
		// Counts of under- and over-staffed agent-intervals, broken preferences; and what clashed.
		summary: text({ mode: 'json' }).$type<Record<string, unknown>>(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull(),
		publishedAt: integer()
	},
	(t) => [index('schedules_team').on(t.teamId, t.firstDay), check('schedules_status', sql`${t.status} IN ('draft', 'published') AND ${t.runStatus} IN ('running', 'done', 'failed')`)]
);

export interface ShiftBreak {
	/** UTC ms. */
	start: number;
	end: number;
	kind: 'break' | 'lunch';
}

export const shifts = sqliteTable(
	'shifts',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		scheduleId: integer()
			.notNull()
			.references(() => schedules.id, { onDelete: 'cascade' }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		// UTC ms; the local day is the day of `start` in the person's site zone.
		start: integer().notNull(),
		end: integer().notNull(),
		queueId: integer().references(() => queues.id),
		breaks: text({ mode: 'json' }).$type<ShiftBreak[]>().notNull().default(sql`'[]'`)
	},
	(t) => [index('shifts_person_start').on(t.personId, t.start), index('shifts_schedule').on(t.scheduleId), check('shifts_order', sql`${t.start} < ${t.end}`)]
);

export const timeOffStatuses = ['pending', 'approved', 'denied', 'cancelled'] as const;

export const timeOffRequests = sqliteTable(
	'time_off_requests',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		firstDay: text().notNull(),
		lastDay: text().notNull(),
		reason: text().notNull().default(''),
		status: text({ enum: timeOffStatuses }).notNull(),
		// Approved without a supervisor because coverage after removal still met the requirement.
		autoApproved: integer({ mode: 'boolean' }).notNull().default(false),
		// What removing the shifts does to coverage: intervals below requirement, worst shortfall.
		impact: text({ mode: 'json' }).$type<Record<string, unknown>>(),
		createdAt: integer().notNull(),
		decidedBy: integer().references(() => people.id),
		decidedAt: integer(),
		decisionNote: text()
	},
	(t) => [index('time_off_person').on(t.personId, t.firstDay), check('time_off_days', sql`${t.firstDay} <= ${t.lastDay}`)]
);

// 'proposed': a teammate offers one of their own shifts in exchange, and the giver has not answered yet.
export const swapStatuses = ['open', 'proposed', 'pending_approval', 'approved', 'denied', 'cancelled'] as const;

// A shift one agent offers and a teammate takes, outright or in exchange for one of the teammate's
// own shifts (return_shift_id, which the giver must accept). Checked against both agents' rules
// before it can happen; when the team asks for it (team_settings), a supervisor approves it.
export const shiftSwaps = sqliteTable(
	'shift_swaps',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		shiftId: integer()
			.notNull()
			.references(() => shifts.id, { onDelete: 'cascade' }),
		offeredBy: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		takenBy: integer().references(() => people.id, { onDelete: 'cascade' }),
		returnShiftId: integer().references(() => shifts.id, { onDelete: 'cascade' }),
		status: text({ enum: swapStatuses }).notNull(),
		createdAt: integer().notNull(),
		decidedBy: integer().references(() => people.id),
		decidedAt: integer()
	},
	(t) => [index('shift_swaps_shift').on(t.shiftId), check('shift_swaps_status', sql`${t.status} IN ('open', 'proposed', 'pending_approval', 'approved', 'denied', 'cancelled')`)]
);

export const offerKinds = ['vto', 'extra'] as const;

// A supervisor's offer to a team on one local day: voluntary time off when over the requirement,
// extra hours when under; `slots` agents may take it.
export const staffingOffers = sqliteTable(
	'staffing_offers',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		kind: text({ enum: offerKinds }).notNull(),
		day: text().notNull(),
		// UTC ms of the window.
		start: integer().notNull(),
		end: integer().notNull(),
		slots: integer().notNull(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull(),
		closedAt: integer()
	},
	(t) => [index('staffing_offers_team_day').on(t.teamId, t.day), check('staffing_offers_valid', sql`${t.kind} IN ('vto', 'extra') AND ${t.start} < ${t.end} AND ${t.slots} >= 1`)]
);

export const staffingOfferTakes = sqliteTable(
	'staffing_offer_takes',
	{
		offerId: integer()
			.notNull()
			.references(() => staffingOffers.id, { onDelete: 'cascade' }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		createdAt: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.offerId, t.personId] })]
);

// Scheduling policy of a team.
export const teamSettings = sqliteTable('team_settings', {
	teamId: integer()
		.primaryKey()
		.references(() => teams.id, { onDelete: 'cascade' }),
	swapsNeedApproval: integer({ mode: 'boolean' }).notNull().default(false)
});

// The secret URL of an agent's calendar feed: only its SHA-256 is stored; a new one revokes the old.
export const calendarFeeds = sqliteTable('calendar_feeds', {
	personId: integer()
		.primaryKey()
		.references(() => people.id, { onDelete: 'cascade' }),
	tokenHash: text().notNull().unique(),
	createdAt: integer().notNull()
});

// Per agent and ISO week (its Monday): the flexibility index the outcomes module (7/7) links to results.
export const flexibilityIndex = sqliteTable(
	'flexibility_index',
	{
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		weekStart: text().notNull(),
		preferencesHonoured: real(),
		requestsApproved: real(),
		selfServiceChanges: integer().notNull().default(0),
		value: real()
	},
	(t) => [primaryKey({ columns: [t.personId, t.weekStart] })]
);

// Per team and ISO week: the mean of its agents' flexibility index values, and how many had one.
export const teamFlexibilityIndex = sqliteTable(
	'team_flexibility_index',
	{
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		weekStart: text().notNull(),
		value: real(),
		agentsMeasured: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.teamId, t.weekStart] })]
);

export type ContractRules = typeof contractRules.$inferSelect;
export type Availability = typeof availability.$inferSelect;
export type AvailabilityException = typeof availabilityExceptions.$inferSelect;
export type Preference = typeof preferences.$inferSelect;
export type Schedule = typeof schedules.$inferSelect;
export type Shift = typeof shifts.$inferSelect;
export type TimeOffRequest = typeof timeOffRequests.$inferSelect;
export type ShiftSwap = typeof shiftSwaps.$inferSelect;
