import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = LibSQLDatabase<typeof schema>;
/** A transaction handle, as passed to `write` callbacks. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: read helpers accept both. */
export type DbOrTx = Db | Tx;

export interface Database {
	url: string;
	/** Reads. On a file database this is a pool of connections; see `write` for changes. */
	db: Db;
	client: Client;
	/**
	 * Runs `work` in one write transaction. Writes from this process are queued and run one
	 * at a time on one connection: on an embedded file database two concurrent transactions
	 * block each other until one fails (see STACK-NOTES), and one queue also keeps a libSQL
	 * server from aborting conflicting transactions.
	 */
	write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
	/** Runs `work` on the writer's connection in the same queue, outside any transaction (VACUUM INTO). */
	exclusive<T>(work: (writer: Client) => Promise<T>): Promise<T>;
	close(): void;
}

export const defaultDatabaseUrl = 'file:data/tend.db';

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
	return env.DATABASE_URL?.trim() || defaultDatabaseUrl;
}

export function isFileUrl(url: string): boolean {
	return url.startsWith('file:');
}

/**
 * Pragmas for the embedded file database. WAL lives in the file; foreign_keys and synchronous
 * are per connection, so they are set on the writer's single connection, and the pooled
 * readers rely on libSQL's compiled-in defaults (both on), which a test checks.
 */
export const filePragmas = ['PRAGMA journal_mode = WAL', 'PRAGMA foreign_keys = ON', 'PRAGMA synchronous = FULL', 'PRAGMA busy_timeout = 5000'];

export async function openDatabase(url: string = databaseUrl(), authToken = process.env.DATABASE_AUTH_TOKEN): Promise<Database> {
	const file = isFileUrl(url);
	if (file) {
		const path = url.slice('file:'.length);
		if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	}
	// timeout: SQLite's busy timeout (ms) on every pooled connection, so a read that meets a
	// checkpoint or another process's write waits instead of failing.
	const client = createClient({ url, authToken, ...(file ? { timeout: 5000 } : {}) });
	// A remote server multiplexes streams itself; one client serves reads and writes there.
	const writer = file ? createClient({ url, authToken, concurrency: 1, timeout: 5000 }) : client;
	if (file) {
		for (const pragma of filePragmas) await writer.execute(pragma);
	}
	const db = drizzle(client, { schema, casing: 'snake_case' });
	const writeDb = file ? drizzle(writer, { schema, casing: 'snake_case' }) : db;
	let tail: Promise<unknown> = Promise.resolve();
	const exclusive = <T>(work: (writer: Client) => Promise<T>): Promise<T> => {
		const run = tail.then(() => work(writer));
		tail = run.catch(() => undefined);
		return run;
	};
	const write = <T>(work: (tx: Tx) => Promise<T>): Promise<T> => exclusive(() => writeDb.transaction(work));
	const close = () => {
		client.close();
		if (writer !== client) writer.close();
	};
	return { url, client, db, write, exclusive, close };
}

export const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
	await migrate(database.db, { migrationsFolder: folder });
}

let shared: Promise<Database> | undefined;

/** The process-wide database named by DATABASE_URL, opened and migrated once. */
export function getDatabase(): Promise<Database> {
	shared ??= openDatabase().then(async (database) => {
		await migrateDatabase(database);
		return database;
	});
	return shared;
}

export { schema };
