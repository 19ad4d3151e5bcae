import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Client } from '@libsql/client';
import { databaseUrl, isFileUrl, type Database } from './index';
import { people } from './schema';
import { createTestDatabase, disposeTestDatabase, failureOf, seedTestOrg, type TestOrg } from '../test-fixtures';

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	await database.exclusive(async (w) => {
		await w.execute('CREATE TABLE test_counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)');
		await w.execute('INSERT INTO test_counter (id, value) VALUES (1, 0)');
		await w.execute('CREATE TABLE test_rows (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL UNIQUE)');
	});
});
afterAll(() => disposeTestDatabase(database));

async function pragma(client: Pick<Client, 'execute'>, name: string): Promise<unknown> {
	const row = (await client.execute(`PRAGMA ${name}`)).rows[0]!;
	return Object.values(row)[0];
}

async function counter(): Promise<number> {
	const row = (await database.client.execute('SELECT value FROM test_counter WHERE id = 1')).rows[0]!;
	return Number(row.value);
}

async function setCounter(value: number) {
	await database.exclusive(async (w) => {
		await w.execute({ sql: 'UPDATE test_counter SET value = ? WHERE id = 1', args: [value] });
		await w.execute('DELETE FROM test_rows');
	});
}

async function rowCount(table: string): Promise<number> {
	return Number((await database.client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
}

describe('databaseUrl', () => {
	it('falls back to the default file and trims', () => {
		expect(databaseUrl({})).toBe('file:data/tend.db');
		expect(databaseUrl({ DATABASE_URL: '   ' })).toBe('file:data/tend.db');
		expect(databaseUrl({ DATABASE_URL: ' libsql://x.example ' })).toBe('libsql://x.example');
		expect(isFileUrl('file:x.db')).toBe(true);
		expect(isFileUrl('libsql://x')).toBe(false);
	});
});

describe('pragmas', () => {
	it('sets WAL, foreign keys and synchronous FULL on the writer', async () => {
		await database.exclusive(async (w) => {
			expect(await pragma(w, 'journal_mode')).toBe('wal');
			expect(await pragma(w, 'foreign_keys')).toBe(1);
			expect(await pragma(w, 'synchronous')).toBe(2);
		});
	});

	it('has WAL, foreign keys and synchronous FULL on the read pool', async () => {
		expect(await pragma(database.client, 'journal_mode')).toBe('wal');
		expect(await pragma(database.client, 'foreign_keys')).toBe(1);
		expect(await pragma(database.client, 'synchronous')).toBe(2);
	});

	it('has them on a second pooled read connection too', async () => {
		// An open transaction holds one pooled connection, so the next call opens another.
		const held = await database.client.transaction('read');
		try {
			expect(await pragma(held, 'foreign_keys')).toBe(1);
			expect(await pragma(database.client, 'foreign_keys')).toBe(1);
			expect(await pragma(database.client, 'synchronous')).toBe(2);
			expect(await pragma(database.client, 'journal_mode')).toBe('wal');
		} finally {
			held.close();
		}
	});
});

describe('foreign keys', () => {
	it('refuses a person in an organization that does not exist, and writes nothing', async () => {
		const before = await rowCount('people');
		expect(
			await failureOf(
				database.write((tx) =>
					tx.insert(people).values({ organizationId: 999_999, name: 'Nobody', email: 'nobody@tend.test', role: 'agent', hireDate: '2026-01-01', createdAt: 0 })
				)
			)
		).toMatch(/FOREIGN KEY constraint failed/i);
		expect(await rowCount('people')).toBe(before);
	});

	it('refuses a dangling reference through the read client as well', async () => {
		await expect(
			database.client.execute({ sql: 'INSERT INTO team_supervisors (team_id, person_id) VALUES (?, ?)', args: [org.team1, 999_999] })
		).rejects.toThrow(/FOREIGN KEY constraint failed/i);
	});

	it('refuses deleting a site a team still points to', async () => {
		expect(await failureOf(database.write((tx) => tx.run(sql`DELETE FROM sites WHERE id = ${org.siteA}`)))).toMatch(/FOREIGN KEY constraint failed/i);
		expect(await rowCount('sites')).toBe(3);
	});
});

describe('write queue', () => {
	const increment = (n: number) =>
		database.write(async (tx) => {
			const row = (await tx.all<{ value: number }>(sql`SELECT value FROM test_counter WHERE id = 1`))[0]!;
			// Yield between the read and the write, so an unserialized queue would interleave here.
			await new Promise((resolve) => setTimeout(resolve, 0));
			await tx.run(sql`UPDATE test_counter SET value = ${row.value + 1} WHERE id = 1`);
			await tx.run(sql`INSERT INTO test_rows (n) VALUES (${n})`);
			return row.value + 1;
		});

	it('runs 50 concurrent read-modify-write transactions, all succeeding, none lost', async () => {
		await setCounter(0);
		const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => increment(i)));
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		const values = results.map((r) => (r as PromiseFulfilledResult<number>).value);
		// Serialized in submission order: each saw the previous one's commit.
		expect(values).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
		expect(await counter()).toBe(50);
		expect(await rowCount('test_rows')).toBe(50);
	});

	it('rolls back a transaction that throws, and keeps serving the queue after it', async () => {
		await setCounter(0);
		const first = increment(1);
		const failing = database.write(async (tx) => {
			await tx.run(sql`UPDATE test_counter SET value = 1000 WHERE id = 1`);
			await tx.run(sql`INSERT INTO test_rows (n) VALUES (-1)`);
			throw new Error('boom');
		});
		const after = increment(2);
		const afterThat = increment(3);
		await expect(first).resolves.toBe(1);
		await expect(failing).rejects.toThrow('boom');
		await expect(after).resolves.toBe(2);
		await expect(afterThat).resolves.toBe(3);
		expect(await counter()).toBe(3);
		const ns = (await database.client.execute('SELECT n FROM test_rows ORDER BY n')).rows.map((r) => Number(r.n));
		expect(ns).toEqual([1, 2, 3]);
	});

	it('rolls back a transaction that fails on a constraint, and the next one succeeds', async () => {
		await setCounter(0);
		await increment(7);
		// n is UNIQUE: the second insert of 7 fails after the counter update inside the same transaction.
		expect(await failureOf(increment(7))).toMatch(/UNIQUE constraint failed/i);
		await expect(increment(8)).resolves.toBe(2);
		expect(await counter()).toBe(2);
	});

	it('runs exclusive work in the same queue, after the writes queued before it', async () => {
		await setCounter(0);
		const writes = Array.from({ length: 5 }, (_, i) => increment(i));
		const seen = database.exclusive(async (w) => Number((await w.execute('SELECT value FROM test_counter WHERE id = 1')).rows[0]!.value));
		const failingExclusive = database.exclusive(async () => {
			throw new Error('exclusive failed');
		});
		const later = increment(99);
		await Promise.all(writes);
		await expect(seen).resolves.toBe(5);
		await expect(failingExclusive).rejects.toThrow('exclusive failed');
		await expect(later).resolves.toBe(6);
	});

	it('serves reads on the pool while writes are queued, always seeing committed state', async () => {
		await setCounter(0);
		const work: Promise<unknown>[] = [];
		const observed: number[] = [];
		for (let i = 0; i < 40; i++) {
			work.push(increment(i));
			work.push(
				(async () => {
					// One statement, one snapshot: the counter and the rows of one transaction land together.
					const row = (await database.client.execute('SELECT (SELECT value FROM test_counter WHERE id = 1) AS c, (SELECT count(*) FROM test_rows) AS n')).rows[0]!;
					expect(Number(row.c)).toBe(Number(row.n));
					observed.push(Number(row.c));
				})()
			);
			work.push(database.db.select({ n: sql<number>`count(*)` }).from(people));
		}
		const results = await Promise.allSettled(work);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		expect(observed).toHaveLength(40);
		// Reads never go back in time and never see more than was committed.
		for (let i = 1; i < observed.length; i++) expect(observed[i]).toBeGreaterThanOrEqual(observed[i - 1]!);
		expect(Math.max(...observed)).toBeLessThanOrEqual(40);
		expect(await counter()).toBe(40);
		expect(await rowCount('test_rows')).toBe(40);
	});

	it('a read on the pool never sees a write transaction half-way', async () => {
		await setCounter(0);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		let started!: () => void;
		const inside = new Promise<void>((resolve) => (started = resolve));
		const pending = database.write(async (tx) => {
			await tx.run(sql`UPDATE test_counter SET value = 123 WHERE id = 1`);
			await tx.run(sql`INSERT INTO test_rows (n) VALUES (123)`);
			started();
			await gate;
		});
		await inside;
		// The writer holds an open write transaction; WAL readers still read, and see the old state.
		expect(await counter()).toBe(0);
		expect(await rowCount('test_rows')).toBe(0);
		release();
		await pending;
		expect(await counter()).toBe(123);
		expect(await rowCount('test_rows')).toBe(1);
	});
});
