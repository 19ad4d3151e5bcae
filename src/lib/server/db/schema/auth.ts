import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people } from './org';

export const sessions = sqliteTable(
	'sessions',
	{
		// Public half of the token 'id.secret'; the secret itself is never stored.
		id: text().primaryKey(),
		secretHash: text().notNull(),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		createdAt: integer().notNull(),
		lastSeenAt: integer().notNull()
	},
	(t) => [index('sessions_person').on(t.personId)]
);

// Failed sign-in counters, one row per throttle key ('email:…' or 'ip:…'), kept in the
// database so every app server behind a shared libSQL server sees the same counts.
export const signInThrottle = sqliteTable('sign_in_throttle', {
	key: text().primaryKey(),
	failures: integer().notNull(),
	windowStartedAt: integer().notNull(),
	lockedUntil: integer()
});

export const invitations = sqliteTable(
	'invitations',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		personId: integer()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		// SHA-256 of the invitation secret, hex.
		tokenHash: text().notNull(),
		createdBy: integer().references(() => people.id),
		createdAt: integer().notNull(),
		expiresAt: integer().notNull(),
		usedAt: integer()
	},
	(t) => [index('invitations_token').on(t.tokenHash)]
);

export type Session = typeof sessions.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
