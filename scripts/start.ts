// `npm start`: migrate, seed the demo center into an empty embedded database, build when the
// build is missing or older than the sources, then serve. One command on a fresh machine.
import { execFileSync, spawn } from 'node:child_process';
import { databaseUrl, getDatabase, isFileUrl } from '../src/lib/server/db';
import { hashPassword } from '../src/lib/server/auth/password';
import { isDatabaseEmpty, seedDemo } from '../seeds/demo';
import { demoPassword } from '../src/cli/commands';
import { buildState } from './build-freshness';


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

	if (buildState() !== 'fresh') {
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
