/**
 * Measures the demo seed on a throw-away file database: `npx tsx seeds/time-demo-seed.ts [full|small]`.
 * Prints the generation and insert times and the model summary; leaves no file behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/lib/server/auth/password';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { seedDemo } from './demo';
import { generateDemoCenter } from './demo-model';

async function main(): Promise<void> {
	const scale = process.argv[2] === 'small' ? 'small' : 'full';
	const today = process.argv[3] ?? '2026-11-23';
	const dir = mkdtempSync(join(tmpdir(), 'tend-seed-time-'));
	const database = await openDatabase(`file:${join(dir, 'demo.db')}`);
	try {
		await migrateDatabase(database);
		const passwordHash = await hashPassword('demo-password-not-secret');
		let started = performance.now();
		generateDemoCenter({ today, scale, passwordHash });
		const generateSeconds = (performance.now() - started) / 1000;
		started = performance.now();
		const summary = await seedDemo(database, { today, scale, passwordHash });
		const seedSeconds = (performance.now() - started) / 1000;
		console.log(JSON.stringify({ scale, generateSeconds: +generateSeconds.toFixed(2), seedSeconds: +seedSeconds.toFixed(2), summary }, null, 2));
	} finally {
		database.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
