import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, calendarFeeds, people, schedules, shifts } from './db/schema';
import { calendarFor, createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from './calendar-feed';
import { hashSecretHex } from './auth/session';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
const hour = 3_600_000;
const day = 24 * hour;
// Shifts around seedNow (15 January 2026, 09:00 UTC): the feed covers 4 weeks back to 12 ahead.
const t0 = Date.UTC(2026, 0, 19, 7); // Monday 19 January, 08:00 in Warsaw
let publishedShiftIds: number[];
let draftShiftId: number;
let farShiftId: number;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	await database.write(async (tx) => {
		const [published] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: '2026-01-19', lastDay: '2026-01-25', status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning({ id: schedules.id });
		const [draft] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: '2026-01-19', lastDay: '2026-01-25', status: 'draft', runStatus: 'done', createdAt: seedNow }).returning({ id: schedules.id });
		const inserted = await tx
			.insert(shifts)
			.values([
				{ scheduleId: published!.id, personId: org.agent1Id, start: t0, end: t0 + 8.5 * hour, breaks: [{ start: t0 + 4 * hour, end: t0 + 4.5 * hour, kind: 'lunch' }] },
				{ scheduleId: published!.id, personId: org.agent1Id, start: t0 + day + 2 * hour, end: t0 + day + 10 * hour, breaks: [] },
				// Too far ahead for the feed (20 weeks), a draft's shift, and someone else's shift.
				{ scheduleId: published!.id, personId: org.agent1Id, start: t0 + 140 * day, end: t0 + 140 * day + 8 * hour, breaks: [] },
				{ scheduleId: published!.id, personId: org.agent2Id, start: t0, end: t0 + 8 * hour, breaks: [] }
			])
			.returning({ id: shifts.id });
		publishedShiftIds = inserted.slice(0, 2).map((s) => s.id);
		farShiftId = inserted[2]!.id;
		draftShiftId = (await tx.insert(shifts).values({ scheduleId: draft!.id, personId: org.agent1Id, start: t0 + 2 * day, end: t0 + 2 * day + 8 * hour, breaks: [] }).returning({ id: shifts.id }))[0]!.id;
	});
});
afterAll(() => disposeTestDatabase(database));

/** The ICS lines, unfolded (RFC 5545 folds long lines with CRLF and a space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1).map((e) => lines('BEGIN:VEVENT' + e.split('END:VEVENT')[0]));
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('createCalendarFeed', () => {
	it('stores only the hash of the token, one feed per person, with an audit entry', async () => {
		expect(await hasCalendarFeed(database, org.agent1Id)).toBe(false);
		const token = await createCalendarFeed(database, org.agent1Id, seedNow);
		expect(token).toMatch(/^[a-z2-7]{40,}$/);
		const rows = await database.db.select().from(calendarFeeds).where(eq(calendarFeeds.personId, org.agent1Id));
		expect(rows).toEqual([{ personId: org.agent1Id, tokenHash: hashSecretHex(token), createdAt: seedNow }]);
		// Nowhere in the database does the token itself appear.
		const dump = JSON.stringify([await database.db.select().from(calendarFeeds), await database.db.select().from(auditLog)]);
		expect(dump).not.toContain(token);
		expect(await hasCalendarFeed(database, org.agent1Id)).toBe(true);
		expect((await database.db.select().from(auditLog).where(eq(auditLog.action, 'calendar_feed.create'))).map((e) => e.actorId)).toEqual([org.agent1Id]);
	});
});

describe('calendarFor', () => {
	it('is a calendar with one event per published shift in range, stable UIDs and exact times', async () => {
		const token = await createCalendarFeed(database, org.agent1Id, seedNow);
		const ics = await calendarFor(database, token, seedNow);
		expect(ics).not.toBeNull();
		const all = lines(ics!);
		expect(all[0]).toBe('BEGIN:VCALENDAR');
		expect(all).toContain('VERSION:2.0');
		expect(all.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
		const list = events(ics!);
		expect(list).toHaveLength(2);
		const [first, second] = list as [string[], string[]];
		expect(first).toContain(`UID:shift-${publishedShiftIds[0]}@tend`);
		expect(first).toContain(`DTSTART:${stamp(t0)}`);
		expect(first).toContain(`DTEND:${stamp(t0 + 8.5 * hour)}`);
		expect(stamp(t0)).toBe('20260119T070000Z');
		expect(first.join('\n')).toContain('lunch 11:00–11:30 UTC');
		expect(second).toContain(`UID:shift-${publishedShiftIds[1]}@tend`);
		expect(second).toContain(`DTSTART:${stamp(t0 + day + 2 * hour)}`);
		expect(second).toContain(`DTEND:${stamp(t0 + day + 10 * hour)}`);
		expect(ics).not.toContain(`shift-${draftShiftId}@tend`);
		// The same shift keeps its UID on every fetch, so calendar apps update it in place.
		expect(events((await calendarFor(database, token, seedNow + hour))!).map((e) => e.find((l) => l.startsWith('UID:')))).toEqual(list.map((e) => e.find((l) => l.startsWith('UID:'))));
		// The window moves with time: 12 weeks ahead of a later day reaches the far shift.
		expect(events((await calendarFor(database, token, t0 + 100 * day))!).map((e) => e.find((l) => l.startsWith('UID:')))).toEqual([`UID:shift-${farShiftId}@tend`]);
	});

	it('is null for an unknown or malformed token', async () => {
		const token = await createCalendarFeed(database, org.agent1Id, seedNow);
		expect(await calendarFor(database, 'a'.repeat(52), seedNow)).toBeNull();
		for (const bad of ['', 'short', token.toUpperCase(), `${token}!`, `${token}.ics`, `../${token}`, token.slice(0, 10), 'x'.repeat(200)]) expect(await calendarFor(database, bad, seedNow), bad).toBeNull();
		expect(await calendarFor(database, token, seedNow)).not.toBeNull();
	});

	it('is null for a link replaced by a new one and for a revoked link', async () => {
		const old = await createCalendarFeed(database, org.agent1Id, seedNow);
		const fresh = await createCalendarFeed(database, org.agent1Id, seedNow);
		expect(await calendarFor(database, old, seedNow)).toBeNull();
		expect(await calendarFor(database, fresh, seedNow)).toContain('BEGIN:VEVENT');
		await revokeCalendarFeed(database, org.agent1Id, seedNow);
		expect(await calendarFor(database, fresh, seedNow)).toBeNull();
		expect(await hasCalendarFeed(database, org.agent1Id)).toBe(false);
		expect((await database.db.select().from(auditLog).where(eq(auditLog.action, 'calendar_feed.revoke'))).map((e) => e.actorId)).toEqual([org.agent1Id]);
	});

	it("gives another person's link only their own shifts, and nothing once they are disabled or have left", async () => {
		const bobs = await createCalendarFeed(database, org.agent2Id, seedNow);
		const list = events((await calendarFor(database, bobs, seedNow))!);
		expect(list).toHaveLength(1);
		expect(list[0]).toContain(`DTEND:${stamp(t0 + 8 * hour)}`);
		await database.write((tx) => tx.update(people).set({ disabledAt: seedNow }).where(eq(people.id, org.agent2Id)));
		expect(await calendarFor(database, bobs, seedNow)).toBeNull();
		await database.write((tx) => tx.update(people).set({ disabledAt: null, employmentStatus: 'exited' }).where(eq(people.id, org.agent2Id)));
		expect(await calendarFor(database, bobs, seedNow)).toBeNull();
		await database.write((tx) => tx.update(people).set({ employmentStatus: 'active' }).where(eq(people.id, org.agent2Id)));
		expect(await calendarFor(database, bobs, seedNow)).not.toBeNull();
	});
});
