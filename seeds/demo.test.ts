import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../src/lib/server/db';
import { isDatabaseEmpty, seedDemo, type DemoSummary } from './demo';

const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$test$test';

let dir: string;
let database: Database;
let summary: DemoSummary;
let emptyBefore: boolean;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tend-seed-'));
	database = await openDatabase(`file:${join(dir, 'demo.db')}`);
	await migrateDatabase(database);
	emptyBefore = await isDatabaseEmpty(database);
	summary = await seedDemo(database, { today: '2026-11-23', scale: 'small', passwordHash });
});

afterAll(() => {
	database?.close();
	rmSync(dir, { recursive: true, force: true });
});

async function count(table: string): Promise<number> {
	const result = await database.client.execute(`SELECT count(*) AS n FROM ${table}`);
	return Number(result.rows[0]?.n);
}

describe('seedDemo', () => {
	it('reports the database empty before seeding and not after', async () => {
		expect(emptyBefore).toBe(true);
		expect(await isDatabaseEmpty(database)).toBe(false);
	});

	it('inserts every generated row', async () => {
		expect(await count('organizations')).toBe(1);
		expect(await count('sites')).toBe(summary.sites);
		expect(await count('teams')).toBe(summary.teams);
		expect(await count('queues')).toBe(summary.queues);
		expect(await count('people')).toBe(summary.people);
		expect(await count('team_supervisors')).toBe(summary.teams);
		expect(await count('exits')).toBe(summary.exitedAgents);
		expect(await count('interval_history')).toBe(summary.intervalRows);
		expect(await count('agent_day_outcomes')).toBe(summary.agentDayRows);
		expect(summary.intervalRows).toBe(14 * (60 + 60 + 96));
	});

	it('keeps every foreign key valid', async () => {
		const violations = await database.client.execute('PRAGMA foreign_key_check');
		expect(violations.rows).toHaveLength(0);
	});

	it('stores the demo accounts with their roles and skills as JSON', async () => {
		const result = await database.client.execute(
			"SELECT email, role, skills FROM people WHERE email IN ('admin@tend.test', 'hr@tend.test', 'supervisor@tend.test', 'agent@tend.test') ORDER BY email"
		);
		expect(result.rows.map((r) => [r.email, r.role])).toEqual([
			['admin@tend.test', 'admin'],
			['agent@tend.test', 'agent'],
			['hr@tend.test', 'hr'],
			['supervisor@tend.test', 'supervisor']
		]);
		const agent = result.rows.find((r) => r.email === 'agent@tend.test');
		expect(JSON.parse(String(agent?.skills))).toEqual([1, 2]);
	});

	it('refuses to seed a database that already has an organization, leaving it unchanged', async () => {
		const before = await count('people');
		await expect(seedDemo(database, { today: '2026-11-23', scale: 'small', passwordHash })).rejects.toThrow(/already has an organization/);
		expect(await count('people')).toBe(before);
	});
});
