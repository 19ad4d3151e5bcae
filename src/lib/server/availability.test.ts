import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, availability, availabilityExceptions, desiredHours, preferences } from './db/schema';
import { addException, addPreference, deleteException, deletePreference, loadAvailability, replaceWeekly, setDesiredHours } from './availability';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
let alice: number;
let bob: number;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	alice = org.agent1Id;
	bob = org.agent2Id;
});
afterAll(() => disposeTestDatabase(database));

/** The audit entries written since `afterId`, as (actor, action, entity id). */
async function auditSince(afterId: number) {
	return (await database.db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(auditLog.id)).map((e) => ({ actorId: e.actorId, action: e.action, entityId: e.entityId, detail: e.detail }));
}
async function lastAuditId() {
	const rows = await database.db.select({ id: auditLog.id }).from(auditLog);
	return Math.max(0, ...rows.map((r) => r.id));
}
const rowsOf = <T>(list: T[]) => list.map((r) => {
	const { id: _id, ...rest } = r as T & { id: number };
	return rest;
});

describe('replaceWeekly', () => {
	it("replaces the caller's windows only, with an audit entry", async () => {
		await replaceWeekly(database, bob, [{ weekday: 0, startMinute: 480, endMinute: 960 }], seedNow);
		const before = await lastAuditId();
		await replaceWeekly(database, alice, [{ weekday: 0, startMinute: 360, endMinute: 840 }, { weekday: 2, startMinute: 600, endMinute: 1200 }], seedNow);
		await replaceWeekly(database, alice, [{ weekday: 4, startMinute: 420, endMinute: 1020 }], seedNow);
		expect(rowsOf(await database.db.select().from(availability).where(eq(availability.personId, alice)))).toEqual([{ personId: alice, weekday: 4, startMinute: 420, endMinute: 1020 }]);
		expect(rowsOf(await database.db.select().from(availability).where(eq(availability.personId, bob)))).toEqual([{ personId: bob, weekday: 0, startMinute: 480, endMinute: 960 }]);
		expect(await auditSince(before)).toEqual([
			{ actorId: alice, action: 'availability.update', entityId: String(alice), detail: { windows: 2 } },
			{ actorId: alice, action: 'availability.update', entityId: String(alice), detail: { windows: 1 } }
		]);
		// An empty week clears the caller's windows (the scheduler then assumes open hours).
		await replaceWeekly(database, alice, [], seedNow);
		expect(await database.db.select().from(availability).where(eq(availability.personId, alice))).toEqual([]);
		expect(await database.db.select().from(availability).where(eq(availability.personId, bob))).toHaveLength(1);
	});
});

describe('exceptions', () => {
	it('adds one per day: a second for the same day replaces the first; other people keep theirs', async () => {
		await addException(database, bob, { day: '2026-03-03', startMinute: null, endMinute: null, note: 'Bob away' }, seedNow);
		const before = await lastAuditId();
		await addException(database, alice, { day: '2026-03-03', startMinute: null, endMinute: null, note: 'dentist' }, seedNow);
		await addException(database, alice, { day: '2026-03-03', startMinute: 720, endMinute: 1080, note: 'afternoon only' }, seedNow);
		await addException(database, alice, { day: '2026-03-05', startMinute: null, endMinute: null, note: '' }, seedNow);
		const mine = await database.db.select().from(availabilityExceptions).where(eq(availabilityExceptions.personId, alice)).orderBy(availabilityExceptions.day);
		expect(rowsOf(mine)).toEqual([
			{ personId: alice, day: '2026-03-03', startMinute: 720, endMinute: 1080, note: 'afternoon only' },
			{ personId: alice, day: '2026-03-05', startMinute: null, endMinute: null, note: '' }
		]);
		expect(rowsOf(await database.db.select().from(availabilityExceptions).where(eq(availabilityExceptions.personId, bob)))).toEqual([{ personId: bob, day: '2026-03-03', startMinute: null, endMinute: null, note: 'Bob away' }]);
		expect((await auditSince(before)).map((e) => [e.actorId, e.action, e.detail])).toEqual([
			[alice, 'availability.exception', { day: '2026-03-03' }],
			[alice, 'availability.exception', { day: '2026-03-03' }],
			[alice, 'availability.exception', { day: '2026-03-05' }]
		]);
		// loadAvailability lists today's and later ones only.
		expect((await loadAvailability(database, alice, '2026-03-04')).exceptions.map((e) => e.day)).toEqual(['2026-03-05']);
	});

	it("deletes the caller's own exception only, and audits only a real deletion", async () => {
		const [bobs] = await database.db.select().from(availabilityExceptions).where(eq(availabilityExceptions.personId, bob));
		const [alices] = await database.db.select().from(availabilityExceptions).where(and(eq(availabilityExceptions.personId, alice), eq(availabilityExceptions.day, '2026-03-03')));
		const before = await lastAuditId();
		await deleteException(database, alice, bobs!.id, seedNow);
		expect(await database.db.select().from(availabilityExceptions).where(eq(availabilityExceptions.id, bobs!.id))).toHaveLength(1);
		expect(await auditSince(before)).toEqual([]);
		await deleteException(database, alice, alices!.id, seedNow);
		expect(await database.db.select().from(availabilityExceptions).where(eq(availabilityExceptions.id, alices!.id))).toEqual([]);
		expect(await auditSince(before)).toEqual([{ actorId: alice, action: 'availability.exception_delete', entityId: String(alice), detail: null }]);
	});
});

describe('preferences', () => {
	it("are added and deleted by their owner only, each with an audit entry", async () => {
		await addPreference(database, bob, { kind: 'day_off', weekday: 5, startMinute: null, endMinute: null }, seedNow);
		const before = await lastAuditId();
		await addPreference(database, alice, { kind: 'avoid_window', weekday: 1, startMinute: 360, endMinute: 480 }, seedNow);
		await addPreference(database, alice, { kind: 'day_off', weekday: 6, startMinute: null, endMinute: null }, seedNow);
		const mine = await database.db.select().from(preferences).where(eq(preferences.personId, alice)).orderBy(preferences.id);
		expect(rowsOf(mine)).toEqual([
			{ personId: alice, kind: 'avoid_window', weekday: 1, startMinute: 360, endMinute: 480 },
			{ personId: alice, kind: 'day_off', weekday: 6, startMinute: null, endMinute: null }
		]);
		const [bobs] = await database.db.select().from(preferences).where(eq(preferences.personId, bob));

		await deletePreference(database, alice, bobs!.id, seedNow);
		expect(await database.db.select().from(preferences).where(eq(preferences.id, bobs!.id))).toHaveLength(1);
		await deletePreference(database, alice, mine[0]!.id, seedNow);
		expect((await database.db.select().from(preferences).where(eq(preferences.personId, alice))).map((p) => p.id)).toEqual([mine[1]!.id]);
		expect((await auditSince(before)).map((e) => [e.actorId, e.action])).toEqual([
			[alice, 'preference.create'],
			[alice, 'preference.create'],
			[alice, 'preference.delete']
		]);
		expect((await auditSince(before))[0]!.detail).toEqual({ kind: 'avoid_window', weekday: 1, startMinute: 360, endMinute: 480 });
	});
});

describe('setDesiredHours', () => {
	it("keeps one wish per person, clears it with null, and leaves other people's alone", async () => {
		await setDesiredHours(database, bob, 20, seedNow);
		const before = await lastAuditId();
		await setDesiredHours(database, alice, 30, seedNow);
		await setDesiredHours(database, alice, 32.5, seedNow);
		expect(await database.db.select().from(desiredHours).where(eq(desiredHours.personId, alice))).toEqual([{ personId: alice, weeklyHours: 32.5 }]);
		expect((await loadAvailability(database, alice, '2026-01-01')).desiredHours).toBe(32.5);
		await setDesiredHours(database, alice, null, seedNow);
		expect(await database.db.select().from(desiredHours).where(eq(desiredHours.personId, alice))).toEqual([]);
		expect(await database.db.select().from(desiredHours).where(eq(desiredHours.personId, bob))).toEqual([{ personId: bob, weeklyHours: 20 }]);
		expect((await auditSince(before)).map((e) => [e.actorId, e.action, e.detail])).toEqual([
			[alice, 'desired_hours.update', { hours: 30 }],
			[alice, 'desired_hours.update', { hours: 32.5 }],
			[alice, 'desired_hours.update', { hours: null }]
		]);
	});
});
