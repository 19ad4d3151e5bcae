/**
 * Writes the demo contact center (seeds/demo-model.ts) into a migrated, empty database.
 */
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableColumns } from 'drizzle-orm';
import type { Database, Tx } from '../src/lib/server/db';
import { agentDayOutcomes, exits, intervalHistory, organizations, people, queues, sites, teams, teamSupervisors } from '../src/lib/server/db/schema';
import { generateDemoCenter, type DemoScale, type DemoSummary } from './demo-model';

export type { DemoSummary } from './demo-model';

export interface SeedDemoOptions {
	/** 'YYYY-MM-DD', the day seeding happens; the history ends the day before. */
	today: string;
	seed?: number;
	scale?: DemoScale;
	/** argon2id hash of the demo password, computed once by the caller. */
	passwordHash: string;
}

// SQLite allows at most 32766 bound parameters per statement. Within that, 100-400 rows per
// insert seeded the full demo fastest here (about 2.6 s); 1000-2000 rows took 3.8-4.4 s.
const maxParameters = 32_766;
const maxRowsPerInsert = 400;

async function insertInBatches<T extends SQLiteTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
	if (rows.length === 0) return;
	const columns = Object.keys(getTableColumns(table)).length;
	const size = Math.max(1, Math.min(maxRowsPerInsert, Math.floor(maxParameters / columns)));
	for (let i = 0; i < rows.length; i += size) {
		await tx.insert(table).values(rows.slice(i, i + size));
	}
}

/** True when the database holds no organization yet, i.e. it is safe to seed. */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
	const found = await database.db.select({ id: organizations.id }).from(organizations).limit(1);
	return found.length === 0;
}

/**
 * Inserts the whole demo center in one write transaction (all or nothing), parents before
 * children so foreign keys hold at every statement. Refuses a database that already has an
 * organization, since the demo rows use fixed ids starting at 1.
 */
export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<DemoSummary> {
	const center = generateDemoCenter(options);
	await database.write(async (tx) => {
		const existing = await tx.select({ id: organizations.id }).from(organizations).limit(1);
		if (existing.length > 0) throw new Error('The database already has an organization; the demo seeds an empty database only.');
		await insertInBatches(tx, organizations, center.organizations);
		await insertInBatches(tx, sites, center.sites);
		await insertInBatches(tx, teams, center.teams);
		await insertInBatches(tx, queues, center.queues);
		await insertInBatches(tx, people, center.people);
		await insertInBatches(tx, teamSupervisors, center.teamSupervisors);
		await insertInBatches(tx, exits, center.exits);
		await insertInBatches(tx, intervalHistory, center.intervalHistory);
		await insertInBatches(tx, agentDayOutcomes, center.agentDayOutcomes);
	});
	return center.summary;
}
