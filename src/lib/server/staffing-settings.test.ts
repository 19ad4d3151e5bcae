import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, queues, shrinkageCategories, specialDays } from './db/schema';
import { addSpecialDay, deleteShrinkage, deleteSpecialDay, getQueueTargets, listShrinkage, listSpecialDays, saveQueueTargets, saveShrinkage } from './staffing-settings';
import { createTestDatabase, disposeTestDatabase, failureOf, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
let otherQueueId: number;
let secondQueueId: number;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	const insertQueue = (organizationId: number, name: string) =>
		database.write(async (tx) => (await tx.insert(queues).values({ organizationId, name, channel: 'voice', timeZone: 'Europe/Warsaw', serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning({ id: queues.id }))[0]!.id);
	otherQueueId = await insertQueue(org.otherOrganizationId, 'Theirs');
	secondQueueId = await insertQueue(org.organizationId, 'Chat');
});
afterAll(() => disposeTestDatabase(database));

const audit = async () => (await database.db.select().from(auditLog).orderBy(auditLog.id)).map((e) => ({ action: e.action, entityId: e.entityId, actorId: e.actorId }));

describe('shrinkage categories', () => {
	it('are created, updated and deleted with an audit entry each', async () => {
		const before = (await audit()).length;
		await saveShrinkage(database, org.organizationId, null, { name: 'Breaks', kind: 'planned', share: 0.08 }, org.supervisorId, seedNow);
		const [breaks] = await listShrinkage(database, org.organizationId);
		expect(breaks).toMatchObject({ organizationId: org.organizationId, name: 'Breaks', kind: 'planned', share: 0.08 });
		await saveShrinkage(database, org.organizationId, breaks!.id, { name: 'Breaks', kind: 'planned', share: 0.1 }, org.supervisorId, seedNow);
		expect((await listShrinkage(database, org.organizationId))[0]!.share).toBe(0.1);
		await deleteShrinkage(database, org.organizationId, breaks!.id, org.supervisorId, seedNow);
		expect(await listShrinkage(database, org.organizationId)).toEqual([]);
		expect((await audit()).slice(before)).toEqual([
			{ action: 'shrinkage.create', entityId: String(breaks!.id), actorId: org.supervisorId },
			{ action: 'shrinkage.update', entityId: String(breaks!.id), actorId: org.supervisorId },
			{ action: 'shrinkage.delete', entityId: String(breaks!.id), actorId: org.supervisorId }
		]);
	});

	it('list one organization only, by kind then name', async () => {
		await saveShrinkage(database, org.organizationId, null, { name: 'Training', kind: 'planned', share: 0.05 }, org.supervisorId, seedNow);
		await saveShrinkage(database, org.organizationId, null, { name: 'Sickness', kind: 'unplanned', share: 0.04 }, org.supervisorId, seedNow);
		await saveShrinkage(database, org.organizationId, null, { name: 'Meetings', kind: 'planned', share: 0.02 }, org.supervisorId, seedNow);
		await saveShrinkage(database, org.otherOrganizationId, null, { name: 'Breaks', kind: 'planned', share: 0.3 }, org.outsiderId, seedNow);
		expect((await listShrinkage(database, org.organizationId)).map((c) => c.name)).toEqual(['Meetings', 'Training', 'Sickness']);
		expect((await listShrinkage(database, org.otherOrganizationId)).map((c) => c.name)).toEqual(['Breaks']);
	});

	it("never change or delete another organization's category, and audit nothing then", async () => {
		const theirs = (await listShrinkage(database, org.otherOrganizationId))[0]!;
		const before = (await audit()).length;
		await saveShrinkage(database, org.organizationId, theirs.id, { name: 'Hijacked', kind: 'unplanned', share: 0.01 }, org.supervisorId, seedNow);
		await deleteShrinkage(database, org.organizationId, theirs.id, org.supervisorId, seedNow);
		await deleteShrinkage(database, org.organizationId, 999_999, org.supervisorId, seedNow);
		expect((await database.db.select().from(shrinkageCategories).where(eq(shrinkageCategories.id, theirs.id)))[0]).toEqual(theirs);
		expect((await audit()).length).toBe(before);
	});

	it('keep names unique within an organization (the database refuses a second one)', async () => {
		expect(await failureOf(saveShrinkage(database, org.organizationId, null, { name: 'Training', kind: 'unplanned', share: 0.01 }, org.supervisorId, seedNow))).toMatch(/UNIQUE/);
		expect(await failureOf(saveShrinkage(database, org.organizationId, null, { name: 'Everything', kind: 'planned', share: 1 }, org.supervisorId, seedNow))).toMatch(/CHECK/);
	});
});

describe('queue targets', () => {
	it('default to no targets, then are saved and replaced with an audit entry each', async () => {
		expect(await getQueueTargets(database, org.queueId)).toEqual({ queueId: org.queueId, asaSeconds: null, maxOccupancy: null, patienceSeconds: null });
		const before = (await audit()).length;
		await saveQueueTargets(database, org.queueId, { asaSeconds: 30, maxOccupancy: 0.85, patienceSeconds: null }, org.supervisorId, seedNow);
		await saveQueueTargets(database, org.queueId, { asaSeconds: null, maxOccupancy: 0.9, patienceSeconds: 120 }, org.supervisorId, seedNow);
		expect(await getQueueTargets(database, org.queueId)).toEqual({ queueId: org.queueId, asaSeconds: null, maxOccupancy: 0.9, patienceSeconds: 120 });
		expect((await audit()).slice(before).map((e) => e.action)).toEqual(['queue_targets.update', 'queue_targets.update']);
	});
});

describe('special days', () => {
	it('are added for a queue or the whole organization and listed per queue, by day', async () => {
		const before = (await audit()).length;
		await addSpecialDay(database, org.organizationId, { queueId: org.queueId, day: '2026-12-25', kind: 'holiday', note: 'Christmas', forecastMultiplier: 0 }, org.supervisorId, seedNow);
		await addSpecialDay(database, org.organizationId, { queueId: null, day: '2026-11-11', kind: 'holiday', note: 'Independence Day', forecastMultiplier: 0.3 }, org.supervisorId, seedNow);
		await addSpecialDay(database, org.organizationId, { queueId: secondQueueId, day: '2026-06-01', kind: 'outage', note: 'Chat only', forecastMultiplier: null }, org.supervisorId, seedNow);
		await addSpecialDay(database, org.otherOrganizationId, { queueId: null, day: '2026-01-01', kind: 'holiday', note: 'theirs', forecastMultiplier: 0 }, org.outsiderId, seedNow);
		expect((await listSpecialDays(database, org.organizationId, org.queueId)).map((d) => [d.day, d.note])).toEqual([
			['2026-11-11', 'Independence Day'],
			['2026-12-25', 'Christmas']
		]);
		expect((await listSpecialDays(database, org.organizationId, secondQueueId)).map((d) => d.note)).toEqual(['Chat only', 'Independence Day']);
		expect((await listSpecialDays(database, org.otherOrganizationId, otherQueueId)).map((d) => d.note)).toEqual(['theirs']);
		const added = (await audit()).slice(before);
		expect(added.map((e) => e.action)).toEqual(['special_day.create', 'special_day.create', 'special_day.create', 'special_day.create']);
		expect(added.every((e) => e.entityId !== null)).toBe(true);
	});

	it("are deleted inside the organization only; another organization's day stays, unaudited", async () => {
		const theirs = (await listSpecialDays(database, org.otherOrganizationId, otherQueueId))[0]!;
		const ours = (await listSpecialDays(database, org.organizationId, org.queueId)).find((d) => d.note === 'Christmas')!;
		const before = (await audit()).length;
		await deleteSpecialDay(database, org.organizationId, theirs.id, org.supervisorId, seedNow);
		await deleteSpecialDay(database, org.organizationId, 999_999, org.supervisorId, seedNow);
		expect((await database.db.select().from(specialDays).where(eq(specialDays.id, theirs.id)))[0]).toEqual(theirs);
		expect((await audit()).length).toBe(before);

		await deleteSpecialDay(database, org.organizationId, ours.id, org.supervisorId, seedNow);
		expect((await listSpecialDays(database, org.organizationId, org.queueId)).map((d) => d.note)).toEqual(['Independence Day']);
		expect((await audit()).slice(before)).toEqual([{ action: 'special_day.delete', entityId: String(ours.id), actorId: org.supervisorId }]);
		// Deleting it again changes nothing and claims nothing.
		await deleteSpecialDay(database, org.organizationId, ours.id, org.supervisorId, seedNow);
		expect((await audit()).length).toBe(before + 1);
	});
});
