import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organizations, people, teams } from './org';
import { surveys } from './surveys';
import { outcomeMeasures } from '../../../domain/outcomes/measures';

// The organization's target per outcome measure, in the measure's own unit (shares 0-1, seconds,
// CES 1-7, QA 0-100). Whether higher or lower is better is the measure's, not the target's.
export const outcomeTargets = sqliteTable(
	'outcome_targets',
	{
		organizationId: integer()
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		measure: text({ enum: outcomeMeasures }).notNull(),
		target: real().notNull(),
		updatedBy: integer().references(() => people.id),
		updatedAt: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.organizationId, t.measure] }), check('outcome_targets_finite', sql`${t.target} >= 0`)]
);

// Pre-aggregated agent-day outcomes per team (the agent's team when aggregated) and day: sums and
// counts, so any period or level (team, site, organization) is a sum of rows. Rebuilt for the
// days an import touched and for a person's days when they change team.
export const teamDayOutcomes = sqliteTable(
	'team_day_outcomes',
	{
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		day: text().notNull(),
		agentDays: integer().notNull(),
		contacts: integer().notNull(),
		workedMinutes: integer().notNull(),
		overtimeMinutes: integer().notNull(),
		// CSAT weighted by answers: the sum of csat × responses, and the responses.
		csatWeighted: real().notNull(),
		csatResponses: integer().notNull(),
		fcrSum: real().notNull(),
		fcrCount: integer().notNull(),
		firstReplySum: real().notNull(),
		firstReplyCount: integer().notNull(),
		resolutionSum: real().notNull(),
		resolutionCount: integer().notNull(),
		effortSum: real().notNull(),
		effortCount: integer().notNull(),
		handleSum: real().notNull(),
		handleCount: integer().notNull(),
		qaSum: real().notNull(),
		qaCount: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.teamId, t.day] }), index('team_day_outcomes_day').on(t.day)]
);

// Staffing adequacy per team and ISO week (its Monday): hours the team's agents worked against the
// hours the contacts that arrived on its queues required (the staffing engine at the queue's
// targets, shared among teams by skilled headcount). Rebuilt after history and agent-day imports and
// seeding.
export const teamWeekStaffing = sqliteTable(
	'team_week_staffing',
	{
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		weekStart: text().notNull(),
		requiredHours: real().notNull(),
		// Worked hours counted up to each interval's requirement, and all worked hours.
		coveredHours: real().notNull(),
		workedHours: real().notNull()
	},
	(t) => [primaryKey({ columns: [t.teamId, t.weekStart] })]
);

// Team eNPS as released by a closed wave's anonymity plan, kept so that views don't replan every
// closed wave. Cleared for a survey when its answers are anonymised or deleted.
export const waveEngagement = sqliteTable(
	'wave_engagement',
	{
		surveyId: integer()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		waveIndex: integer().notNull(),
		closesOn: text().notNull(),
		// Released team eNPS values, [{ teamId, enps }]; empty when none was released.
		teams: text({ mode: 'json' }).$type<{ teamId: number; enps: number }[]>().notNull()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.waveIndex] })]
);

// One row per person and day on which they opened the metrics (outcomes, daily review, KPIs):
// how often metrics are reviewed, one of the CX maturity measures.
export const metricReviews = sqliteTable(
	'metric_reviews',
	{
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		day: text().notNull()
	},
	(t) => [primaryKey({ columns: [t.personId, t.day] })]
);

// A CX maturity self-assessment of a team (or the organization when teamId is null): for each of
// the seven characteristics, 0 (not in place), 1 (partly) or 2 (in place). History is kept; the
// latest counts.
export const cxSelfAssessments = sqliteTable(
	'cx_self_assessments',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		teamId: integer().references(() => teams.id, { onDelete: 'cascade' }),
		answers: text({ mode: 'json' }).$type<Record<string, number>>().notNull(),
		answeredBy: integer().references(() => people.id),
		answeredAt: integer().notNull()
	},
	(t) => [index('cx_self_assessments_team').on(t.organizationId, t.teamId, t.answeredAt)]
);

export type OutcomeTarget = typeof outcomeTargets.$inferSelect;
export type TeamDayOutcome = typeof teamDayOutcomes.$inferSelect;
export type CxSelfAssessment = typeof cxSelfAssessments.$inferSelect;
