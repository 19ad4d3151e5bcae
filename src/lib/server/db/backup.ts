import type { Database } from './index';

/**
 * A consistent copy of a file database, taken with VACUUM INTO while the app keeps serving.
 * It runs in the write queue, so no transaction of this process is half-way through it.
 */
export async function backupDatabase(database: Database, targetPath: string): Promise<void> {
	if (targetPath.includes("'")) throw new Error('backup path must not contain a quote');
	await database.exclusive((writer) => writer.execute({ sql: 'VACUUM INTO ?', args: [targetPath] }));
}
