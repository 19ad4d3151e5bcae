import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people } from './org';

// Append-only: a migration adds triggers that refuse UPDATE and DELETE on this table.
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		at: integer().notNull(),
		actorId: integer().references(() => people.id),
		// Dotted verb, e.g. 'person.create', 'session.sign_in_failed'.
		action: text().notNull(),
		entity: text().notNull(),
		entityId: text(),
		detail: text({ mode: 'json' }).$type<Record<string, unknown>>()
	},
	(t) => [index('audit_log_at').on(t.at)]
);

export type AuditEntry = typeof auditLog.$inferSelect;
