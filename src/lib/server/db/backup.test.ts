import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from './index';
import { backupDatabase } from './backup';
import { auditLog, people, sessions } from './schema';
import { recordAudit } from '../audit';
import { createSession, validateSessionToken } from '../auth/session';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from '../test-fixtures';

const tables = ['organizations', 'sites', 'teams', 'people', 'team_supervisors', 'queues', 'sessions', 'audit_log', '__drizzle_migrations'] as const;
type Counts = Record<(typeof tables)[number], number>;

let database: Database;
let org: TestOrg;
let dir: string;
const opened: Database[] = [];

async function counts(db: Database): Promise<Counts> {
	const result = {} as Counts;
	for (const table of tables) result[table] = Number((await db.client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
	return result;
}

async function open(path: string): Promise<Database> {
	const db = await openDatabase('file:' + path);
	opened.push(db);
	return db;
}

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	await database.write((tx) => recordAudit(tx, { actorId: org.adminId, action: 'test.before_backup', entity: 'test' }, seedNow));
	dir = mkdtempSync(join(tmpdir(), 'tend-backup-'));
});
afterAll(() => {
	for (const db of opened) db.close();
	disposeTestDatabase(database);
	rmSync(dir, { recursive: true, force: true });
});

describe('backupDatabase', () => {
	it('writes a copy that opens with the same rows, and leaves out writes made after it', async () => {
		const { token } = await createSession(database, org.agent1Id, seedNow);
		const before = await counts(database);
		expect(before.people).toBeGreaterThan(0);
		expect(before.sessions).toBe(1);

		const target = join(dir, 'backup-1.db');
		await backupDatabase(database, target);
		expect(existsSync(target)).toBe(true);

		// The live database keeps changing after the backup.
		await database.write(async (tx) => {
			await tx.update(people).set({ name: 'Renamed After Backup' }).where(eq(people.id, org.agent1Id));
			await tx.insert(people).values({ organizationId: org.organizationId, name: 'Late Hire', email: 'late@tend.test', role: 'agent', hireDate: '2026-02-01', createdAt: seedNow });
			await recordAudit(tx, { actorId: org.adminId, action: 'test.after_backup', entity: 'test' }, seedNow);
		});

		const copy = await open(target);
		expect(await counts(copy)).toEqual(before);
		const agent = (await copy.db.select().from(people).where(eq(people.id, org.agent1Id)))[0]!;
		expect(agent.name).toBe('Alice Agent');
		expect(agent.passwordHash).toBe(org.passwordHash);
		expect(await copy.db.select().from(people).where(eq(people.email, 'late@tend.test'))).toEqual([]);
		const actions = (await copy.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
		expect(actions).toContain('test.before_backup');
		expect(actions).not.toContain('test.after_backup');
		// The session taken before the backup is still good against the copy.
		expect((await validateSessionToken(copy, token, seedNow + 1000))?.user.id).toBe(org.agent1Id);
		// The copy passes SQLite's own check.
		expect((await copy.client.execute('PRAGMA integrity_check')).rows[0]).toEqual(expect.objectContaining({ integrity_check: 'ok' }));

		const live = await counts(database);
		expect(live.people).toBe(before.people + 1);
		expect(live.audit_log).toBe(before.audit_log + 1);
	});

	it('restores: a copy of the backup at a new path gives the data back and accepts writes', async () => {
		const target = join(dir, 'backup-2.db');
		const atBackup = await counts(database);
		const peopleAtBackup = await database.db.select().from(people).orderBy(people.id);
		await backupDatabase(database, target);
		await database.write((tx) => tx.delete(sessions));

		const restoredPath = join(dir, 'restored', 'tend.db');
		const restoredDir = join(dir, 'restored');
		rmSync(restoredDir, { recursive: true, force: true });
		mkdirSync(restoredDir, { recursive: true });
		copyFileSync(target, restoredPath);

		const restored = await open(restoredPath);
		expect(await counts(restored)).toEqual(atBackup);
		expect(await restored.db.select().from(people).orderBy(people.id)).toEqual(peopleAtBackup);
		expect((await restored.client.execute('PRAGMA journal_mode')).rows[0]).toEqual(expect.objectContaining({ journal_mode: 'wal' }));
		await restored.write((tx) => recordAudit(tx, { actorId: null, action: 'test.restored', entity: 'test' }, seedNow));
		expect((await counts(restored)).audit_log).toBe(atBackup.audit_log + 1);
		// The live database lost its sessions after the backup; the restored one still has them.
		expect((await counts(database)).sessions).toBe(0);
		expect((await counts(restored)).sessions).toBe(atBackup.sessions);
	});

	it('runs in the write queue: a backup taken while writes are queued sees exactly the writes queued before it', async () => {
		const target = join(dir, 'backup-3.db');
		const start = (await counts(database)).audit_log;
		const before = Array.from({ length: 5 }, (_, i) => database.write((tx) => recordAudit(tx, { actorId: null, action: `test.queued_${i}`, entity: 'test' }, seedNow)));
		const backup = backupDatabase(database, target);
		const after = Array.from({ length: 5 }, (_, i) => database.write((tx) => recordAudit(tx, { actorId: null, action: `test.later_${i}`, entity: 'test' }, seedNow)));
		await Promise.all([...before, backup, ...after]);
		const copy = await open(target);
		expect((await counts(copy)).audit_log).toBe(start + 5);
		expect((await counts(database)).audit_log).toBe(start + 10);
	});

	it('refuses a target path with a quote, and fails rather than overwrite an existing file', async () => {
		await expect(backupDatabase(database, join(dir, "it's.db"))).rejects.toThrow(/quote/);
		const target = join(dir, 'backup-1.db');
		await expect(backupDatabase(database, target)).rejects.toThrow();
		// The queue keeps working after a failed backup.
		await expect(database.write((tx) => recordAudit(tx, { actorId: null, action: 'test.after_failed_backup', entity: 'test' }, seedNow))).resolves.toBeUndefined();
	});
});
