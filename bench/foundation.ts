// Foundation benchmarks: full demo seed time, write-queue throughput under concurrency,
// session validation latency. Run: npx tsx bench/foundation.ts  (prints JSON; medians of runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { auditLog, people } from '../src/lib/server/db/schema';
import { hashPassword } from '../src/lib/server/auth/password';
import { createSession, validateSessionToken } from '../src/lib/server/auth/session';
import { seedDemo } from '../seeds/demo';
import { eq } from 'drizzle-orm';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
	const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
	try {
		const database = await openDatabase(`file:${join(dir, 'bench.db')}`);
		await migrateDatabase(database);
		const passwordHash = await hashPassword('tend-demo-password');

		let started = performance.now();
		const summary = await seedDemo(database, { today: '2026-11-23', scale: 'full', passwordHash });
		const seedSeconds = (performance.now() - started) / 1000;

		const writeRuns: number[] = [];
		for (let run = 0; run < 5; run++) {
			started = performance.now();
			await Promise.all(Array.from({ length: 200 }, (_, i) => database.write((tx) => tx.insert(auditLog).values({ at: Date.now(), actorId: null, action: 'bench.write', entity: 'bench', entityId: String(i) }))));
			writeRuns.push(performance.now() - started);
		}

		const agent = (await database.db.select().from(people).where(eq(people.email, 'agent@tend.test')))[0]!;
		const { token } = await createSession(database, agent.id, Date.now());
		const validateRuns: number[] = [];
		for (let i = 0; i < 200; i++) {
			started = performance.now();
			await validateSessionToken(database, token, Date.now());
			validateRuns.push(performance.now() - started);
		}
		database.close();
		console.log(
			JSON.stringify(
				{
					seed_full_seconds: Math.round(seedSeconds * 10) / 10,
					seed_summary: summary,
					write_queue_200_concurrent_transactions_ms_median: Math.round(median(writeRuns)),
					session_validation_ms_median: Math.round(median(validateRuns) * 100) / 100
				},
				null,
				2
			)
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

main();
