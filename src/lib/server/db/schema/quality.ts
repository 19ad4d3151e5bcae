import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, people } from './org';
import { practiceAttempts } from './training';
import type { ItemAnswer, ScorecardSection } from '../../../domain/quality/scorecard';

// A scorecard version. Versions are never edited: a change is a new row with the same name and
// the next version, so every evaluation keeps the card it was scored with.
export const scorecards = sqliteTable(
	'scorecards',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		name: text().notNull(),
		version: integer().notNull(),
		sections: text({ mode: 'json' }).$type<ScorecardSection[]>().notNull(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull()
	},
	(t) => [uniqueIndex('scorecards_version').on(t.organizationId, t.name, t.version)]
);

// A customer interaction as a transcript, for QA scoring and coaching.
export const transcripts = sqliteTable(
	'transcripts',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		channel: text({ enum: ['voice', 'chat', 'email'] }).notNull(),
		day: text().notNull(),
		title: text().notNull(),
		turns: text({ mode: 'json' }).$type<{ speaker: 'customer' | 'agent'; text: string }[]>().notNull(),
		importedBy: integer().references(() => people.id),
		createdAt: integer().notNull()
	},
	(t) => [index('transcripts_person').on(t.personId)]
);

// One reviewer's scoring of one transcript on one scorecard version. `calibration` marks scores
// given in a calibration round (several reviewers, same transcript); `expert` the baseline one.
export const evaluations = sqliteTable(
	'evaluations',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		transcriptId: integer()
			.notNull()
			.references(() => transcripts.id),
		scorecardId: integer()
			.notNull()
			.references(() => scorecards.id),
		reviewerId: integer()
			.notNull()
			.references(() => people.id),
		answers: text({ mode: 'json' }).$type<Record<string, ItemAnswer>>().notNull(),
		score: real(),
		autoFailed: integer({ mode: 'boolean' }).notNull(),
		calibration: integer({ mode: 'boolean' }).notNull().default(false),
		expert: integer({ mode: 'boolean' }).notNull().default(false),
		note: text().notNull().default(''),
		createdAt: integer().notNull()
	},
	(t) => [index('evaluations_transcript').on(t.transcriptId), uniqueIndex('evaluations_once').on(t.transcriptId, t.reviewerId, t.calibration), check('evaluations_score', sql`${t.score} IS NULL OR ${t.score} BETWEEN 0 AND 100`)]
);

// A coaching conversation with an agent, from a scored interaction or a practice attempt. The notes
// are the coach's and the agent's; no other agent ever sees them.
export const coachingSessions = sqliteTable(
	'coaching_sessions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id),
		coachId: integer()
			.notNull()
			.references(() => people.id),
		evaluationId: integer().references(() => evaluations.id),
		practiceAttemptId: integer().references(() => practiceAttempts.id),
		feedback: text().notNull(),
		agentReply: text(),
		acknowledgedAt: integer(),
		createdAt: integer().notNull()
	},
	(t) => [index('coaching_sessions_person').on(t.personId)]
);

export const coachingGoals = sqliteTable(
	'coaching_goals',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		sessionId: integer()
			.notNull()
			.references(() => coachingSessions.id),
		goal: text().notNull(),
		// How progress is judged ("QA empathy items met on 4 of 5 calls").
		measure: text().notNull(),
		dueDay: text().notNull(),
		status: text({ enum: ['open', 'met', 'not_met'] }).notNull().default('open'),
		followUp: text(),
		updatedAt: integer()
	},
	(t) => [index('coaching_goals_session').on(t.sessionId), check('coaching_goals_status', sql`${t.status} IN ('open', 'met', 'not_met')`)]
);
