import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organizations, people } from './org';
import type { RiskMetrics, RiskModel } from '../../../domain/risk/risk-model';

// A trained turnover-risk model of the organization, with what its model card shows: the data
// window, the time-based validation and when and by whom it was trained. The newest one scores.
export const riskModels = sqliteTable('risk_models', {
	id: integer().primaryKey({ autoIncrement: true }),
	organizationId: integer()
		.notNull()
		.references(() => organizations.id),
	model: text({ mode: 'json' }).$type<RiskModel>().notNull(),
	// First and last snapshot day of the training rows.
	windowFrom: text().notNull(),
	windowTo: text().notNull(),
	rows: integer().notNull(),
	exits: integer().notNull(),
	validation: text({ mode: 'json' }).$type<{ cut: string; trainRows: number; testRows: number; testExits: number; metrics: RiskMetrics; baseRateBrier: number } | null>(),
	trainedBy: integer().references(() => people.id),
	trainedAt: integer().notNull()
});

// A retraining run, so the page can show progress while it works in the background.
export const riskTrainingRuns = sqliteTable('risk_training_runs', {
	id: integer().primaryKey({ autoIncrement: true }),
	organizationId: integer()
		.notNull()
		.references(() => organizations.id),
	status: text({ enum: ['running', 'done', 'failed'] }).notNull(),
	// 0-1.
	progress: real().notNull().default(0),
	error: text(),
	modelId: integer().references(() => riskModels.id),
	startedBy: integer().references(() => people.id),
	startedAt: integer().notNull(),
	finishedAt: integer()
});
