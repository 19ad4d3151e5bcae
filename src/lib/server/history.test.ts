import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, intervalHistory, queues } from './db/schema';
import { historyCoverage, importHistory, loadHistory } from './history';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
let otherQueueId: number;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	otherQueueId = (
		await database.write((tx) =>
			tx
				.insert(queues)
				.values({ organizationId: org.otherOrganizationId, name: 'Sales', channel: 'voice', timeZone: 'Europe/Warsaw', serviceLevelTarget: 0.8, serviceLevelSeconds: 20 })
				.returning({ id: queues.id })
		)
	)[0]!.id;
});
afterAll(() => disposeTestDatabase(database));

const header = ['interval_start', 'queue', 'offered', 'handled', 'abandoned', 'aht_seconds'];
const row = (start: string, queue: string, offered: number, handled: number, abandoned: number, aht: string) => ({ interval_start: start, queue, offered: String(offered), handled: String(handled), abandoned: String(abandoned), aht_seconds: aht });
const stored = () => database.db.select().from(intervalHistory).orderBy(intervalHistory.queueId, intervalHistory.intervalStart);
const imports = async () => (await database.db.select().from(auditLog).where(eq(auditLog.action, 'history.import'))).length;

describe('importHistory', () => {
	it('stores nothing when one row is bad, and names the row', async () => {
		const result = await importHistory(
			database,
			org.organizationId,
			{ header, rows: [row('2026-01-05T08:00:00Z', 'Billing', 10, 9, 1, '180'), row('2026-01-05T08:15:00Z', 'Billing', 10, 9, 5, '180'), row('2026-01-05T08:30:00Z', 'Billing', 10, 9, 1, '180')] },
			15,
			org.supervisorId,
			seedNow
		);
		expect(result).toEqual({ ok: false, problem: 'rows', errors: [{ row: 3, field: 'offered', code: 'counts_exceed' }] });
		expect(await stored()).toEqual([]);
		expect(await imports()).toBe(0);
	});

	it('stores every row of a good file with one audit entry', async () => {
		const result = await importHistory(
			database,
			org.organizationId,
			{ header, rows: [row('2026-01-05T08:00:00Z', 'Billing', 10, 9, 1, '180'), row('2026-01-05T08:15:00Z', 'billing', 12, 10, 2, '200'), row('2026-01-05T08:30:00Z', 'Billing', 0, 0, 0, '')] },
			15,
			org.supervisorId,
			seedNow
		);
		expect(result.ok).toBe(true);
		const start = Date.UTC(2026, 0, 5, 8);
		expect(await stored()).toEqual([
			{ queueId: org.queueId, intervalStart: start, intervalMinutes: 15, offered: 10, handled: 9, abandoned: 1, ahtSeconds: 180 },
			{ queueId: org.queueId, intervalStart: start + 15 * 60_000, intervalMinutes: 15, offered: 12, handled: 10, abandoned: 2, ahtSeconds: 200 },
			{ queueId: org.queueId, intervalStart: start + 30 * 60_000, intervalMinutes: 15, offered: 0, handled: 0, abandoned: 0, ahtSeconds: null }
		]);
		const audit = (await database.db.select().from(auditLog).where(eq(auditLog.action, 'history.import')))[0]!;
		expect(audit).toMatchObject({ actorId: org.supervisorId, at: seedNow, entity: 'queue', detail: { rows: 3, intervalMinutes: 15 } });
		expect(await loadHistory(database.db, org.queueId, start, start + 30 * 60_000)).toHaveLength(2);
		expect(await historyCoverage(database, [org.queueId])).toEqual([{ queueId: org.queueId, rows: 3, first: start, last: start + 30 * 60_000 }]);
	});

	it('replaces the values of a queue and interval imported again, without duplicates', async () => {
		const result = await importHistory(
			database,
			org.organizationId,
			{ header, rows: [row('2026-01-05T08:15:00Z', 'Billing', 20, 18, 1, '150'), row('2026-01-05T08:45:00Z', 'Billing', 5, 5, 0, '100')] },
			15,
			org.supervisorId,
			seedNow
		);
		expect(result.ok).toBe(true);
		const rows = await stored();
		expect(rows).toHaveLength(4);
		expect(new Set(rows.map((r) => r.intervalStart)).size).toBe(4);
		expect(rows.find((r) => r.intervalStart === Date.UTC(2026, 0, 5, 8, 15))).toEqual({ queueId: org.queueId, intervalStart: Date.UTC(2026, 0, 5, 8, 15), intervalMinutes: 15, offered: 20, handled: 18, abandoned: 1, ahtSeconds: 150 });
		// Untouched rows stay as they were.
		expect(rows.find((r) => r.intervalStart === Date.UTC(2026, 0, 5, 8))!.offered).toBe(10);
		expect(await imports()).toBe(2);
	});

	it('a re-import in another interval length replaces the length too', async () => {
		const result = await importHistory(database, org.organizationId, { header, rows: [row('2026-01-05T08:00:00Z', 'Billing', 30, 30, 0, '120')] }, 30, org.supervisorId, seedNow);
		expect(result.ok).toBe(true);
		expect((await stored()).find((r) => r.intervalStart === Date.UTC(2026, 0, 5, 8))).toMatchObject({ intervalMinutes: 30, offered: 30, ahtSeconds: 120 });
	});

	it("refuses rows naming another organization's queue (queue_unknown) and stores nothing", async () => {
		const before = await stored();
		const audits = await imports();
		const result = await importHistory(
			database,
			org.organizationId,
			{ header, rows: [row('2026-01-06T08:00:00Z', 'Billing', 10, 9, 1, '180'), row('2026-01-06T08:00:00Z', 'Sales', 10, 9, 1, '180')] },
			15,
			org.supervisorId,
			seedNow
		);
		expect(result).toEqual({ ok: false, problem: 'rows', errors: [{ row: 3, field: 'queue', code: 'queue_unknown', params: { name: 'Sales' } }] });
		expect(await stored()).toEqual(before);
		expect(await imports()).toBe(audits);

		// The other organization imports into its own queue, and never into ours.
		const theirs = await importHistory(database, org.otherOrganizationId, { header, rows: [row('2026-01-06T08:00:00Z', 'Sales', 10, 9, 1, '180')] }, 15, org.outsiderId, seedNow);
		expect(theirs.ok).toBe(true);
		expect((await stored()).filter((r) => r.queueId === otherQueueId)).toHaveLength(1);
		expect((await importHistory(database, org.otherOrganizationId, { header, rows: [row('2026-01-06T08:00:00Z', 'Billing', 10, 9, 1, '180')] }, 15, org.outsiderId, seedNow)).ok).toBe(false);
		expect((await stored()).filter((r) => r.queueId === org.queueId)).toEqual(before);
	});

	it('reports a missing column and an empty file without writing', async () => {
		const before = await stored();
		expect(await importHistory(database, org.organizationId, { header: header.slice(0, 5), rows: [] }, 15, org.supervisorId, seedNow)).toEqual({ ok: false, problem: 'missing_column', column: 'aht_seconds' });
		expect(await importHistory(database, org.organizationId, { header, rows: [] }, 15, org.supervisorId, seedNow)).toEqual({ ok: false, problem: 'empty' });
		expect(await stored()).toEqual(before);
	});
});
