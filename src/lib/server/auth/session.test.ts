import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { people, sessions } from '../db/schema';
import {
	absoluteLifetimeMs,
	createSession,
	deleteSession,
	idleTimeoutMs,
	isSessionExpired,
	sessionCookieExpiry,
	sessionCookieName,
	validateSessionToken
} from './session';
import { setPersonDisabled, updatePerson } from '../people';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from '../test-fixtures';

const minute = 60 * 1000;
const hour = 60 * minute;
const t0 = seedNow + hour;

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

async function row(id: string) {
	return (await database.db.select().from(sessions).where(eq(sessions.id, id)))[0];
}

async function sessionCount(personId: number) {
	return (await database.db.select().from(sessions).where(eq(sessions.personId, personId))).length;
}

/** A new person with no sessions, so tests that end a person's sessions do not disturb others. */
async function newAgent(email: string) {
	return database.write(async (tx) => {
		const [r] = await tx
			.insert(people)
			.values({ organizationId: org.organizationId, name: email, email, role: 'agent', teamId: org.team1, siteId: org.siteA, hireDate: '2025-01-01', createdAt: seedNow, passwordHash: org.passwordHash })
			.returning({ id: people.id });
		return r!.id;
	});
}

describe('constants', () => {
	it('uses a __Host- cookie, a 30 minute idle timeout and a 12 hour lifetime', () => {
		expect(sessionCookieName).toBe('__Host-session');
		expect(idleTimeoutMs).toBe(30 * minute);
		expect(absoluteLifetimeMs).toBe(12 * hour);
	});
});

describe('createSession', () => {
	it('returns a token id.secret and stores only the SHA-256 hex of the secret', async () => {
		const { token, session } = await createSession(database, org.agent1Id, t0);
		expect(token).toMatch(/^[a-z2-7]+\.[a-z2-7]+$/);
		const [id, secret] = token.split('.') as [string, string];
		// 24 random bytes each, base32: 39 characters, ~192 bits.
		expect(id).toHaveLength(39);
		expect(secret).toHaveLength(39);
		expect(session.id).toBe(id);

		const stored = (await row(id))!;
		expect(stored).toEqual({ id, secretHash: createHash('sha256').update(secret).digest('hex'), personId: org.agent1Id, createdAt: t0, lastSeenAt: t0 });
		expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
		const everything = JSON.stringify(await database.db.select().from(sessions));
		expect(everything).not.toContain(secret);
		expect(everything).not.toContain(token);
	});

	it('makes a different id and secret every time', async () => {
		const a = await createSession(database, org.agent1Id, t0);
		const b = await createSession(database, org.agent1Id, t0);
		const [ida, secreta] = a.token.split('.');
		const [idb, secretb] = b.token.split('.');
		expect(ida).not.toBe(idb);
		expect(secreta).not.toBe(secretb);
	});
});

describe('validateSessionToken', () => {
	it('returns the session and the user, without the disabled and status fields', async () => {
		const { token } = await createSession(database, org.supervisorId, t0);
		const valid = await validateSessionToken(database, token, t0 + 1000);
		expect(valid).not.toBeNull();
		expect(valid!.user).toEqual({
			id: org.supervisorId,
			organizationId: org.organizationId,
			name: 'Sam Supervisor',
			email: 'supervisor@tend.test',
			role: 'supervisor',
			teamId: null,
			siteId: org.siteA,
			locale: null
		});
		expect(valid!.session.personId).toBe(org.supervisorId);
	});

	it('refuses a tampered secret or a secret from another session, without ending the real session', async () => {
		const { token } = await createSession(database, org.agent1Id, t0);
		const other = await createSession(database, org.agent1Id, t0);
		const [id, secret] = token.split('.') as [string, string];
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(database, `${id}.${flipped}`, t0 + 1000)).toBeNull();
		expect(await validateSessionToken(database, `${id}.${other.token.split('.')[1]}`, t0 + 1000)).toBeNull();
		// The stored hash itself is not a password: presenting it fails too.
		expect(await validateSessionToken(database, `${id}.${(await row(id))!.secretHash}`, t0 + 1000)).toBeNull();
		expect(await row(id)).toBeDefined();
		expect(await validateSessionToken(database, token, t0 + 1000)).not.toBeNull();
	});

	it('refuses an unknown id', async () => {
		const { token } = await createSession(database, org.agent1Id, t0);
		const secret = token.split('.')[1];
		expect(await validateSessionToken(database, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.${secret}`, t0)).toBeNull();
	});

	it.each([
		['empty', ''],
		['no dot', 'abcdefghijklmnop'],
		['empty id', '.abcdefghijklmnop'],
		['empty secret', 'abcdefghijklmnop.'],
		['only a dot', '.'],
		['three parts', 'a.b.c'],
		['an overlong id', `${'a'.repeat(65)}.abc`],
		['an overlong secret', `abc.${'a'.repeat(65)}`],
		['a very long token', 'x'.repeat(100_000)],
		['a very long dotted token', `${'x'.repeat(50_000)}.${'y'.repeat(50_000)}`]
	])('returns null for a malformed token: %s', async (_label, token) => {
		expect(await validateSessionToken(database, token, t0)).toBeNull();
	});

	it('refuses a malformed token built from a real one', async () => {
		const { token } = await createSession(database, org.agent1Id, t0);
		expect(await validateSessionToken(database, token + '.', t0)).toBeNull();
		expect(await validateSessionToken(database, token.replace('.', ''), t0)).toBeNull();
		expect(await validateSessionToken(database, token.split('.')[0]!, t0)).toBeNull();
		expect(await validateSessionToken(database, ` ${token}`, t0)).toBeNull();
		expect(await validateSessionToken(database, token, t0)).not.toBeNull();
	});
});

describe('idle expiry', () => {
	it('is valid 1 ms before 30 idle minutes', async () => {
		const { token, session } = await createSession(database, org.agent1Id, t0);
		const valid = await validateSessionToken(database, token, t0 + idleTimeoutMs - 1);
		expect(valid).not.toBeNull();
		// Being seen refreshes the idle deadline.
		expect(valid!.session.lastSeenAt).toBe(t0 + idleTimeoutMs - 1);
		expect((await row(session.id))!.lastSeenAt).toBe(t0 + idleTimeoutMs - 1);
		expect(await validateSessionToken(database, token, t0 + 2 * idleTimeoutMs - 2)).not.toBeNull();
	});

	it('is null at exactly 30 idle minutes, and the row is deleted', async () => {
		const { token, session } = await createSession(database, org.agent1Id, t0);
		expect(await validateSessionToken(database, token, t0 + idleTimeoutMs)).toBeNull();
		expect(await row(session.id)).toBeUndefined();
		// Gone for good: not valid again even at an earlier time.
		expect(await validateSessionToken(database, token, t0 + 1)).toBeNull();
	});

	it('refreshes last seen at most once a minute', async () => {
		const { token, session } = await createSession(database, org.agent1Id, t0);
		await validateSessionToken(database, token, t0 + minute - 1);
		expect((await row(session.id))!.lastSeenAt).toBe(t0);
		await validateSessionToken(database, token, t0 + minute);
		expect((await row(session.id))!.lastSeenAt).toBe(t0 + minute);
	});

	it('counts idle time from the last refresh, not from a request that did not refresh', async () => {
		const { token } = await createSession(database, org.agent1Id, t0);
		// Seen at t0 + 30 s (no refresh), so the deadline stays t0 + 30 min.
		expect(await validateSessionToken(database, token, t0 + 30_000)).not.toBeNull();
		expect(await validateSessionToken(database, token, t0 + idleTimeoutMs)).toBeNull();
	});
});

describe('absolute expiry', () => {
	it('ends the session at 12 hours even when it is used every 20 minutes', async () => {
		const { token, session } = await createSession(database, org.agent1Id, t0);
		for (let at = t0 + 20 * minute; at < t0 + absoluteLifetimeMs; at += 20 * minute) {
			expect(await validateSessionToken(database, token, at), `at ${(at - t0) / minute} min`).not.toBeNull();
		}
		expect(await validateSessionToken(database, token, t0 + absoluteLifetimeMs - 1)).not.toBeNull();
		expect(await validateSessionToken(database, token, t0 + absoluteLifetimeMs)).toBeNull();
		expect(await row(session.id)).toBeUndefined();
	});

	it('isSessionExpired has both bounds', () => {
		const s = { createdAt: 0, lastSeenAt: 0 };
		expect(isSessionExpired(s, idleTimeoutMs - 1)).toBe(false);
		expect(isSessionExpired(s, idleTimeoutMs)).toBe(true);
		const active = { createdAt: 0, lastSeenAt: absoluteLifetimeMs - minute };
		expect(isSessionExpired(active, absoluteLifetimeMs - 1)).toBe(false);
		expect(isSessionExpired(active, absoluteLifetimeMs)).toBe(true);
	});
});

describe('sessionCookieExpiry', () => {
	it('is the idle deadline while the session is young', () => {
		expect(sessionCookieExpiry({ createdAt: t0, lastSeenAt: t0 }).getTime()).toBe(t0 + idleTimeoutMs);
		expect(sessionCookieExpiry({ createdAt: t0, lastSeenAt: t0 + hour }).getTime()).toBe(t0 + hour + idleTimeoutMs);
	});

	it('is capped by the absolute lifetime', () => {
		const createdAt = t0;
		expect(sessionCookieExpiry({ createdAt, lastSeenAt: createdAt + 11 * hour + 45 * minute }).getTime()).toBe(createdAt + absoluteLifetimeMs);
		expect(sessionCookieExpiry({ createdAt, lastSeenAt: createdAt + absoluteLifetimeMs - idleTimeoutMs }).getTime()).toBe(createdAt + absoluteLifetimeMs);
		expect(sessionCookieExpiry({ createdAt, lastSeenAt: createdAt + absoluteLifetimeMs - idleTimeoutMs - 1 }).getTime()).toBe(createdAt + absoluteLifetimeMs - 1);
	});
});

describe('ending sessions with the person', () => {
	it('setPersonDisabled deletes every session of the person and validation refuses them', async () => {
		const personId = await newAgent('disable-me@tend.test');
		const a = await createSession(database, personId, t0);
		const b = await createSession(database, personId, t0);
		const bystander = await createSession(database, org.agent2Id, t0);
		expect(await sessionCount(personId)).toBe(2);

		await setPersonDisabled(database, personId, true, org.adminId, t0 + 1000);
		expect(await sessionCount(personId)).toBe(0);
		expect(await validateSessionToken(database, a.token, t0 + 2000)).toBeNull();
		expect(await validateSessionToken(database, b.token, t0 + 2000)).toBeNull();
		expect(await validateSessionToken(database, bystander.token, t0 + 2000)).not.toBeNull();

		// A session opened while disabled (should sign-in be bypassed) is refused too.
		const sneaky = await createSession(database, personId, t0 + 3000);
		expect(await validateSessionToken(database, sneaky.token, t0 + 4000)).toBeNull();
		expect(await row(sneaky.session.id)).toBeUndefined();

		// Enabling again does not bring old sessions back, but new ones work.
		await setPersonDisabled(database, personId, false, org.adminId, t0 + 5000);
		expect(await validateSessionToken(database, a.token, t0 + 6000)).toBeNull();
		const fresh = await createSession(database, personId, t0 + 6000);
		expect(await validateSessionToken(database, fresh.token, t0 + 7000)).not.toBeNull();
	});

	it('a person marked disabled directly in the table is refused and their session deleted', async () => {
		const personId = await newAgent('disabled-direct@tend.test');
		const { token, session } = await createSession(database, personId, t0);
		await database.write((tx) => tx.update(people).set({ disabledAt: t0 }).where(eq(people.id, personId)));
		expect(await validateSessionToken(database, token, t0 + 1000)).toBeNull();
		expect(await row(session.id)).toBeUndefined();
	});

	it('an exited person has no valid session, whether set through updatePerson or directly', async () => {
		const personId = await newAgent('leaver@tend.test');
		const viaUpdate = await createSession(database, personId, t0);
		await updatePerson(
			database,
			personId,
			{ name: 'Leaver', email: 'leaver@tend.test', role: 'agent', teamId: org.team1, siteId: org.siteA, hireDate: '2025-01-01', employmentStatus: 'exited', contractHoursMin: 0, contractHoursMax: 40, skills: [] },
			org.hrId,
			t0 + 1000
		);
		expect(await sessionCount(personId)).toBe(0);
		expect(await validateSessionToken(database, viaUpdate.token, t0 + 2000)).toBeNull();

		const direct = await createSession(database, personId, t0 + 3000);
		expect(await validateSessionToken(database, direct.token, t0 + 4000)).toBeNull();
		expect(await row(direct.session.id)).toBeUndefined();
	});

	it('a person on leave keeps their session', async () => {
		const personId = await newAgent('on-leave@tend.test');
		await database.write((tx) => tx.update(people).set({ employmentStatus: 'leave' }).where(eq(people.id, personId)));
		const { token } = await createSession(database, personId, t0);
		expect(await validateSessionToken(database, token, t0 + 1000)).not.toBeNull();
	});

	it('deleteSession ends one session only', async () => {
		const a = await createSession(database, org.hrId, t0);
		const b = await createSession(database, org.hrId, t0);
		await deleteSession(database, a.session.id);
		expect(await validateSessionToken(database, a.token, t0 + 1000)).toBeNull();
		expect(await validateSessionToken(database, b.token, t0 + 1000)).not.toBeNull();
	});
});
