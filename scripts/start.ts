// `npm start`: migrate, seed the demo center into an empty embedded database, build when the
// build is missing or older than the sources, then serve. One command on a fresh machine.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, getDatabase, isFileUrl } from '../src/lib/server/db';
import { hashPassword } from '../src/lib/server/auth/password';
import { isDatabaseEmpty, seedDemo } from '../seeds/demo';
import { demoPassword } from '../src/cli/commands';

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide') continue; // generated during the build itself
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

const sources = ['src', 'static', 'messages', 'svelte.config.js', 'vite.config.ts', 'package.json', 'project.inlang'];

async function main() {
	const url = databaseUrl();
	const database = await getDatabase();
	console.log(`Database ${isFileUrl(url) ? url : url.replace(/\/\/[^@/]*@/, '//***@')} migrated.`);
	if (isFileUrl(url) && (await isDatabaseEmpty(database))) {
		console.log('Empty database: seeding the demo contact center (this takes a few seconds)…');
		const today = new Date().toISOString().slice(0, 10);
		const summary = await seedDemo(database, { today, scale: 'full', passwordHash: await hashPassword(demoPassword) });
		console.log(`Seeded: ${JSON.stringify(summary)}`);
	}
	database.close();

	const buildTime = newestMtime('build/index.js');
	if (!buildTime || sources.some((s) => newestMtime(s) > buildTime)) {
		console.log('Building the app…');
		execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
	}

	const port = process.env.PORT ?? '3000';
	const host = process.env.HOST ?? '0.0.0.0';
	// adapter-node assumes https when ORIGIN is unset, which would refuse every form posted over
	// plain http; the local default is http://localhost, which browsers treat as a secure context.
	const origin = process.env.ORIGIN ?? `http://localhost:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		stdio: 'inherit',
		env: { ...process.env, PORT: port, HOST: host, ORIGIN: origin, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '5M' }
	});
	console.log(`\nTend is running at ${origin}`);
	console.log(`Demo accounts (password ${demoPassword}): agent@tend.test, supervisor@tend.test, hr@tend.test, admin@tend.test\n`);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
	server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
