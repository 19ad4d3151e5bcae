import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, people } from './org';
import type { ModuleContent } from '../../../domain/training/module-view';

// A training module of the organization: one Tend ships (content in code, by key, in every
// interface language) or one its supervisors wrote (content here, in the language written in).
export const trainingModules = sqliteTable(
	'training_modules',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		key: text().notNull(),
		source: text({ enum: ['shipped', 'authored'] }).notNull(),
		// The language an authored module is written in; null for shipped ones.
		locale: text(),
		title: text().notNull(),
		summary: text().notNull().default(''),
		minutes: integer().notNull(),
		content: text({ mode: 'json' }).$type<ModuleContent>(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull()
	},
	(t) => [uniqueIndex('training_modules_key').on(t.organizationId, t.key), check('training_modules_source', sql`${t.source} IN ('shipped', 'authored') AND (${t.source} = 'shipped' OR ${t.content} IS NOT NULL)`)]
);

export const trainingAssignments = sqliteTable(
	'training_assignments',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		moduleId: integer()
			.notNull()
			.references(() => trainingModules.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		assignedBy: integer()
			.notNull()
			.references(() => people.id),
		// Calendar day in the agent's zone; null = no due date.
		dueDay: text(),
		createdAt: integer().notNull()
	},
	(t) => [uniqueIndex('training_assignments_once').on(t.moduleId, t.personId), index('training_assignments_person').on(t.personId)]
);

// A reply an agent wrote to a practice scenario, with the automatic empathy scores it got
// (0-2 per mechanism: emotional_reaction, interpretation, exploration, ownership, next_steps).
export const practiceAttempts = sqliteTable(
	'practice_attempts',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		moduleId: integer()
			.notNull()
			.references(() => trainingModules.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		scenarioKey: text().notNull(),
		reply: text().notNull(),
		scores: text({ mode: 'json' }).$type<Record<string, number>>().notNull(),
		// Sum of the five levels, 0-10.
		total: integer().notNull(),
		createdAt: integer().notNull()
	},
	(t) => [index('practice_attempts_person_module').on(t.personId, t.moduleId)]
);

export const quizAttempts = sqliteTable(
	'quiz_attempts',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		moduleId: integer()
			.notNull()
			.references(() => trainingModules.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		correct: integer().notNull(),
		total: integer().notNull(),
		answers: text({ mode: 'json' }).$type<{ key: string; chosen: number | null; right: boolean }[]>().notNull(),
		createdAt: integer().notNull()
	},
	(t) => [index('quiz_attempts_person_module').on(t.personId, t.moduleId), check('quiz_attempts_counts', sql`${t.correct} >= 0 AND ${t.correct} <= ${t.total}`)]
);

// A module completed: every scenario practised and the quiz passed. Decision-autonomy rules that
// require a module read this.
export const moduleCompletions = sqliteTable(
	'module_completions',
	{
		moduleId: integer()
			.notNull()
			.references(() => trainingModules.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		completedAt: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.moduleId, t.personId] })]
);

// Training and coaching activity per agent and ISO week, for the outcomes module (7/7).
export const trainingWeekly = sqliteTable(
	'training_weekly',
	{
		personId: integer()
			.notNull()
			.references(() => people.id),
		weekStart: text().notNull(),
		practiceAttempts: integer().notNull().default(0),
		// Mean practice total (0-10) of the week's attempts; null when none.
		meanPracticeScore: real(),
		quizAttempts: integer().notNull().default(0),
		completions: integer().notNull().default(0),
		coachingSessions: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.personId, t.weekStart] })]
);
