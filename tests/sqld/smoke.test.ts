// Smoke flow on a real libSQL server: the same modules the app uses, then the built app itself
// served against the server. DATABASE_URL points at the server (set by scripts/test-sqld.sh).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '$lib/server/db';
import { people, organizations, auditLog } from '$lib/server/db/schema';
import { signIn } from '$lib/server/auth/sign-in';
import { validateSessionToken } from '$lib/server/auth/session';
import { setPersonDisabled } from '$lib/server/people';

const url = process.env.DATABASE_URL ?? '';
let database: Database;

beforeAll(async () => {
	if (!url.startsWith('http')) throw new Error('DATABASE_URL must point at a libSQL server (run scripts/test-sqld.sh)');
	database = await openDatabase(url);
});
afterAll(() => database?.close());

describe('on a libSQL server', () => {
	it('holds the seeded center', async () => {
		expect((await database.db.select().from(organizations)).length).toBe(1);
		const demo = await database.db.select().from(people).where(eq(people.email, 'agent@tend.test'));
		expect(demo[0]?.role).toBe('agent');
	});

	it('signs in, validates the session and ends it when the person is disabled', async () => {
		const now = Date.now();
		const result = await signIn(database, { email: 'agent@tend.test', password: 'tend-demo-password', address: '127.0.0.1' }, now);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect((await validateSessionToken(database, result.token, now + 1000))?.user.email).toBe('agent@tend.test');
		const admin = (await database.db.select().from(people).where(eq(people.email, 'admin@tend.test')))[0]!;
		await setPersonDisabled(database, result.personId, true, admin.id, now + 2000);
		expect(await validateSessionToken(database, result.token, now + 3000)).toBeNull();
		await setPersonDisabled(database, result.personId, false, admin.id, now + 4000);
	});

	it('refuses a wrong password with the same answer as an unknown email', async () => {
		const now = Date.now();
		const wrong = await signIn(database, { email: 'hr@tend.test', password: 'not-the-password', address: '127.0.0.2' }, now);
		const unknown = await signIn(database, { email: 'nobody@tend.test', password: 'not-the-password', address: '127.0.0.3' }, now);
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('runs 30 concurrent writes through the queue without losing one', async () => {
		const before = (await database.db.select().from(auditLog)).length;
		await Promise.all(
			Array.from({ length: 30 }, (_, i) => database.write((tx) => tx.insert(auditLog).values({ at: Date.now(), actorId: null, action: 'smoke.write', entity: 'smoke', entityId: String(i) })))
		);
		expect((await database.db.select().from(auditLog)).length).toBe(before + 30);
	});
});

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

describe.skipIf(!existsSync('build/index.js'))('the built app on a libSQL server', () => {
	let app: ChildProcess;
	let origin = '';
	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		app = spawn(process.execPath, ['build/index.js'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin }, stdio: 'ignore' });
		for (let i = 0; i < 100; i++) {
			try {
				await fetch(`${origin}/sign-in`);
				return;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		throw new Error('the built app did not start');
	});
	afterAll(() => {
		app?.kill();
	});

	it('signs in over HTTP and shows the supervisor their roster', async () => {
		const body = new URLSearchParams({ email: 'supervisor@tend.test', password: 'tend-demo-password' });
		const response = await fetch(`${origin}/sign-in`, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }
		});
		expect(response.status, response.status === 303 ? '' : (await response.text()).slice(0, 2000)).toBe(303);
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/__Host-session=[a-z2-7]+\.[a-z2-7]+/);
		const session = cookie.split(';')[0]!;
		const home = await fetch(`${origin}/`, { headers: { cookie: session } });
		expect(home.status).toBe(200);
		expect(home.headers.get('cache-control')).toBe('no-store');
		const html = await home.text();
		// The demo agent is in the demo supervisor's team, so their name is on the roster.
		const agent = (await database.db.select().from(people).where(eq(people.email, 'agent@tend.test')))[0]!;
		expect(html).toContain(agent.name);
	});
});
