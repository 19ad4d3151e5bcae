import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, people, sites, teams } from './org';
import type { SurveyItem } from '../../../domain/survey/survey-input';

// A recurring pulse survey. `secret` keys the per-survey pseudonyms answers are stored under
// (domain/survey/respondent-key.ts): answers never carry a person id.
export const surveys = sqliteTable(
	'surveys',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		title: text().notNull(),
		includeEnps: integer({ mode: 'boolean' }).notNull(),
		includeWho5: integer({ mode: 'boolean' }).notNull(),
		allowComment: integer({ mode: 'boolean' }).notNull(),
		items: text({ mode: 'json' }).$type<SurveyItem[]>().notNull(),
		startDay: text().notNull(),
		everyWeeks: integer().notNull(),
		closesAfterDays: integer().notNull(),
		minRespondents: integer().notNull().default(5),
		minCommentRespondents: integer().notNull().default(10),
		// Hex, 32 random bytes.
		secret: text().notNull(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull()
	},
	(t) => [
		check('surveys_thresholds', sql`${t.minRespondents} >= 3 AND ${t.minCommentRespondents} >= ${t.minRespondents}`),
		check('surveys_schedule', sql`${t.everyWeeks} IN (1, 2, 4) AND ${t.closesAfterDays} BETWEEN 1 AND 7 * ${t.everyWeeks}`)
	]
);

// One answer to one wave, under the respondent's per-survey pseudonym, with the groups it counts
// in (site, team and tenure band when answered) and no timestamp.
export const surveyResponses = sqliteTable(
	'survey_responses',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		surveyId: integer()
			.notNull()
			.references(() => surveys.id),
		waveIndex: integer().notNull(),
		respondentKey: text().notNull(),
		siteId: integer().references(() => sites.id),
		teamId: integer().references(() => teams.id),
		tenureBand: text().notNull(),
		enps: integer(),
		who5: text({ mode: 'json' }).$type<number[]>(),
		items: text({ mode: 'json' }).$type<Record<string, number>>().notNull(),
		comment: text()
	},
	(t) => [uniqueIndex('survey_responses_once').on(t.surveyId, t.waveIndex, t.respondentKey), index('survey_responses_wave').on(t.surveyId, t.waveIndex), check('survey_responses_enps', sql`${t.enps} IS NULL OR ${t.enps} BETWEEN 0 AND 10`)]
);
