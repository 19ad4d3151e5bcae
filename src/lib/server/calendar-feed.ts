// Calendar feeds: a secret URL per agent that calendar apps poll (they send no cookies). Only the
// SHA-256 of the token is stored; making a new link revokes the old one, and so does revoking.
import { eq } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Database } from './db';
import { calendarFeeds, people } from './db/schema';
import { generateSecureRandomString, hashSecretHex } from './auth/session';
import { recordAudit } from './audit';
import { publishedShiftsFor } from './scheduling';

export async function hasCalendarFeed(database: Database, personId: number): Promise<boolean> {
	return (await database.db.select({ personId: calendarFeeds.personId }).from(calendarFeeds).where(eq(calendarFeeds.personId, personId)).limit(1)).length > 0;
}

export async function createCalendarFeed(database: Database, personId: number, now: number): Promise<string> {
	const token = generateSecureRandomString(32);
	await database.write(async (tx) => {
		await tx.delete(calendarFeeds).where(eq(calendarFeeds.personId, personId));
		await tx.insert(calendarFeeds).values({ personId, tokenHash: hashSecretHex(token), createdAt: now });
		await recordAudit(tx, { actorId: personId, action: 'calendar_feed.create', entity: 'person', entityId: personId }, now);
	});
	return token;
}

export async function revokeCalendarFeed(database: Database, personId: number, now: number): Promise<void> {
	await database.write(async (tx) => {
		await tx.delete(calendarFeeds).where(eq(calendarFeeds.personId, personId));
		await recordAudit(tx, { actorId: personId, action: 'calendar_feed.revoke', entity: 'person', entityId: personId }, now);
	});
}

/** The ICS text for a feed token, or null for an unknown or revoked one. Shifts from 4 weeks back to 12 ahead. */
export async function calendarFor(database: Database, token: string, now: number): Promise<string | null> {
	if (!/^[a-z2-7]{20,80}$/.test(token)) return null;
	const row = (
		await database.db
			.select({ personId: people.id, name: people.name, disabledAt: people.disabledAt, status: people.employmentStatus })
			.from(calendarFeeds)
			.innerJoin(people, eq(people.id, calendarFeeds.personId))
			.where(eq(calendarFeeds.tokenHash, hashSecretHex(token)))
			.limit(1)
	)[0];
	if (!row || row.disabledAt !== null || row.status === 'exited') return null;
	const week = 7 * 86_400_000;
	const list = await publishedShiftsFor(database, row.personId, now - 4 * week, now + 12 * week);
	const calendar = ical({ name: `Tend · ${row.name}`, prodId: { company: 'Tend', product: 'schedule', language: 'EN' } });
	for (const s of list) {
		// Stable UIDs: a calendar app updates a moved shift instead of adding a second one.
		calendar.createEvent({ id: `shift-${s.id}@tend`, start: new Date(s.start), end: new Date(s.end), summary: 'Shift', description: s.breaks.map((b) => `${b.kind} ${new Date(b.start).toISOString().slice(11, 16)}–${new Date(b.end).toISOString().slice(11, 16)} UTC`).join('\n') });
	}
	return calendar.toString();
}
