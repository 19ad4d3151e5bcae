// Outcome import at scale (issue 7/7: 1 million rows in under 30 s, memory under 500 MB): writes a
// CSV of N interaction outcomes for 120 agents to a temp file, imports it into a fresh embedded
// database through the product's path (src/lib/server/outcome-import.ts: two streamed passes, one
// transaction, which also rebuilds the team-day sums of the imported days), and reports wall time and the process's peak resident memory (sampled every 50 ms).
// Run: npx tsx bench/outcomes-import.ts [rows=1000000]
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { openDatabase, migrateDatabase } from '../src/lib/server/db';
import { organizations, people, sites, teams } from '../src/lib/server/db/schema';
import { importOutcomes } from '../src/lib/server/outcome-import';
import { mulberry32 } from '../src/lib/domain/random';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'tend-outcomes-bench-'));
const csv = join(dir, 'outcomes.csv');
const random = mulberry32(1);

const out = createWriteStream(csv);
out.write('agent_email,day,channel,case_ref,csat,fcr,first_reply_seconds,resolution_seconds,customer_effort,handle_seconds,qa_score,nps\n');
for (let i = 0; i < rows; i++) {
	const agent = Math.floor(random() * 120);
	const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 540) * 86_400_000).toISOString().slice(0, 10);
	const line = `agent${agent}@bench.test,${day},${['voice', 'chat', 'email'][i % 3]},CS-${i},${1 + Math.floor(random() * 5)},${random() < 0.7 ? 'yes' : 'no'},${Math.round(random() * 300)},${Math.round(random() * 86_400)},${(1 + random() * 6).toFixed(1)},${Math.round(200 + random() * 400)},${Math.round(50 + random() * 50)},${Math.floor(random() * 11)}\n`;
	if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

const database = await openDatabase(`file:${join(dir, 'tend.db')}`);
await migrateDatabase(database);
await database.write(async (tx) => {
	await tx.insert(organizations).values({ id: 1, name: 'Bench', createdAt: 0 });
	await tx.insert(sites).values({ id: 1, organizationId: 1, name: 'Site', timeZone: 'Europe/Warsaw' });
	// Eight teams of fifteen, so the import also rebuilds the dashboards' team-day sums for real.
	for (let t = 1; t <= 8; t++) await tx.insert(teams).values({ id: t, organizationId: 1, siteId: 1, name: `Team ${t}` });
	for (let a = 0; a < 120; a++) await tx.insert(people).values({ organizationId: 1, name: `Agent ${a}`, email: `agent${a}@bench.test`, role: 'agent', teamId: 1 + (a % 8), siteId: 1, hireDate: '2024-01-01', createdAt: 0 });
});

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
const result = await importOutcomes(database, 1, csv, null, Date.now());
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const teamDays = (await database.client.execute('SELECT count(*) AS n FROM team_day_outcomes')).rows[0]!.n;
console.log(JSON.stringify({ rows, ok: result.ok, imported: result.ok ? result.rows : 0, teamDays, fileMegabytes: Math.round(statSync(csv).size / 1e5) / 10, seconds: Math.round(seconds * 10) / 10, peakRssMegabytes: Math.round(peak / 1e5) / 10, loadAverage: (await import('node:os')).loadavg().map((l) => Math.round(l * 10) / 10) }));
database.close();
