import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog } from './db/schema';
import { listAudit, recordAudit } from './audit';
import { createTestDatabase, disposeTestDatabase, failureOf, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

async function entries() {
	return database.db.select().from(auditLog).orderBy(auditLog.id);
}

describe('recordAudit', () => {
	it('appends an entry with the actor, the entity id as text and the detail as JSON', async () => {
		await database.write((tx) => recordAudit(tx, { actorId: org.adminId, action: 'person.update', entity: 'person', entityId: org.agent1Id, detail: { name: 'X', n: 2 } }, seedNow + 5));
		await database.write((tx) => recordAudit(tx, { actorId: null, action: 'session.sign_in_failed', entity: 'person' }, seedNow + 6));
		const [first, second] = (await entries()).slice(-2);
		expect(first).toMatchObject({ at: seedNow + 5, actorId: org.adminId, action: 'person.update', entity: 'person', entityId: String(org.agent1Id), detail: { name: 'X', n: 2 } });
		expect(second).toMatchObject({ at: seedNow + 6, actorId: null, entityId: null, detail: null });
	});

	it('lands with the change or not at all', async () => {
		const before = (await entries()).length;
		await expect(
			database.write(async (tx) => {
				await recordAudit(tx, { actorId: org.adminId, action: 'test.rolled_back', entity: 'test' }, seedNow);
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		expect(await entries()).toHaveLength(before);
	});
});

describe('audit_log is append-only', () => {
	it('refuses UPDATE through the write queue and leaves the row as it was', async () => {
		const last = (await entries()).at(-1)!;
		expect(await failureOf(database.write((tx) => tx.update(auditLog).set({ action: 'tampered' }).where(eq(auditLog.id, last.id))))).toMatch(/append-only/);
		expect((await entries()).at(-1)).toEqual(last);
	});

	it('refuses DELETE, of one row or all of them', async () => {
		const before = await entries();
		expect(await failureOf(database.write((tx) => tx.delete(auditLog).where(eq(auditLog.id, before[0]!.id))))).toMatch(/append-only/);
		expect(await failureOf(database.write((tx) => tx.run(sql`DELETE FROM audit_log`)))).toMatch(/append-only/);
		expect(await entries()).toEqual(before);
	});

	it('refuses raw UPDATE and DELETE on any connection', async () => {
		await expect(database.client.execute('UPDATE audit_log SET at = 0')).rejects.toThrow(/append-only/);
		await expect(database.client.execute('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
		await expect(database.exclusive((w) => w.execute('UPDATE audit_log SET detail = NULL'))).rejects.toThrow(/append-only/);
	});

	it('still accepts inserts after a refused change', async () => {
		const before = (await entries()).length;
		await database.write((tx) => recordAudit(tx, { actorId: org.hrId, action: 'test.insert', entity: 'test' }, seedNow));
		expect(await entries()).toHaveLength(before + 1);
	});
});

describe('listAudit', () => {
	it('shows own-organization and actorless entries, newest first, never another organization', async () => {
		await database.write(async (tx) => {
			await recordAudit(tx, { actorId: org.outsiderId, action: 'other.secret', entity: 'test' }, seedNow);
			await recordAudit(tx, { actorId: org.agent2Id, action: 'own.visible', entity: 'test' }, seedNow);
		});
		const rows = await listAudit(database, org.organizationId, null, 100);
		const actions = rows.map((r) => r.action);
		expect(actions).not.toContain('other.secret');
		expect(actions).toContain('own.visible');
		expect(actions).toContain('session.sign_in_failed');
		const ids = rows.map((r) => r.id);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));
		expect(rows[0]).toMatchObject({ action: 'own.visible', actorName: 'Bob Agent' });

		const outsiderView = (await listAudit(database, org.otherOrganizationId, null, 100)).map((r) => r.action);
		expect(outsiderView).toContain('other.secret');
		expect(outsiderView).not.toContain('own.visible');
	});

	it('pages with before and limit', async () => {
		const all = await listAudit(database, org.organizationId, null, 100);
		const page = await listAudit(database, org.organizationId, all[1]!.id, 2);
		expect(page.map((r) => r.id)).toEqual([all[2]!.id, all[3]!.id]);
	});
});
