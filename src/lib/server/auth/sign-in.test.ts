import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { auditLog, people, sessions, signInThrottle } from '../db/schema';
import { normalizeEmail, signIn } from './sign-in';
import { failureLimit, firstLockMs, lockDuration, lockedUntil, maxAddressFailures, maxFailures, maxLockMs, recordFailure, throttleKeys, windowMs } from './throttle';
import { validateSessionToken } from './session';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from '../test-fixtures';

const minute = 60 * 1000;
const t0 = seedNow + 60 * minute;

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

async function throttleRow(key: string) {
	return (await database.db.select().from(signInThrottle).where(eq(signInThrottle.key, key)))[0];
}

describe('normalizeEmail', () => {
	it('trims and lower-cases', () => {
		expect(normalizeEmail('  Agent1@TEND.Test ')).toBe('agent1@tend.test');
	});
});

describe('signIn', () => {
	it('gives a token for the right password, and a new session every time', async () => {
		const first = await signIn(database, { email: 'agent1@tend.test', password: org.password, address: '10.0.0.1' }, t0);
		const second = await signIn(database, { email: ' AGENT1@tend.test ', password: org.password, address: '10.0.0.1' }, t0 + 1000);
		expect(first).toMatchObject({ ok: true, personId: org.agent1Id, createdAt: t0, lastSeenAt: t0, locale: null });
		expect(second).toMatchObject({ ok: true, personId: org.agent1Id, createdAt: t0 + 1000 });
		if (!first.ok || !second.ok) throw new Error('unreachable');
		const firstId = first.token.split('.')[0];
		const secondId = second.token.split('.')[0];
		expect(firstId).not.toBe(secondId);
		expect(first.token).not.toBe(second.token);
		const rows = await database.db.select().from(sessions).where(eq(sessions.personId, org.agent1Id));
		expect(rows.map((r) => r.id).sort()).toEqual([firstId, secondId].sort());
		expect((await validateSessionToken(database, second.token, t0 + 2000))?.user.id).toBe(org.agent1Id);
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'session.sign_in'));
		expect(audit).toHaveLength(2);
		expect(audit[0]).toMatchObject({ actorId: org.agent1Id, entityId: String(org.agent1Id) });
	});

	it('answers an unknown email and a wrong password with the identical object', async () => {
		const unknown = await signIn(database, { email: 'nobody@tend.test', password: org.password, address: '10.0.1.1' }, t0);
		const wrong = await signIn(database, { email: 'agent2@tend.test', password: 'wrong password!!', address: '10.0.1.2' }, t0);
		expect(unknown).toStrictEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toStrictEqual({ ok: false, reason: 'invalid' });
		expect(Object.keys(unknown)).toEqual(Object.keys(wrong));
		const failures = await database.db.select().from(auditLog).where(eq(auditLog.action, 'session.sign_in_failed'));
		expect(failures.map((f) => f.entityId)).toEqual([null, String(org.agent2Id)]);
		expect(failures.map((f) => f.actorId)).toEqual([null, null]);
		expect(failures[0]!.detail).toEqual({ address: '10.0.1.1' });
	});

	it('answers a disabled, an exited and a never-invited person the same, even with the right password', async () => {
		const make = (email: string, extra: Partial<typeof people.$inferInsert>) =>
			database.write(async (tx) => {
				await tx.insert(people).values({ organizationId: org.organizationId, name: email, email, role: 'agent', hireDate: '2025-01-01', createdAt: seedNow, passwordHash: org.passwordHash, ...extra });
			});
		await make('disabled@tend.test', { disabledAt: seedNow });
		await make('exited@tend.test', { employmentStatus: 'exited' });
		await make('uninvited@tend.test', { passwordHash: null });
		for (const email of ['disabled@tend.test', 'exited@tend.test', 'uninvited@tend.test']) {
			expect(await signIn(database, { email, password: org.password, address: `10.0.2.${email.length}` }, t0)).toStrictEqual({ ok: false, reason: 'invalid' });
		}
	});
});

describe('throttle per email', () => {
	it('locks the 6th attempt after 5 failures, even with the right password, for 15 minutes', async () => {
		const email = 'hr@tend.test';
		// Different addresses each time, so only the email counter reaches 5.
		for (let i = 0; i < maxFailures; i++) {
			// Mixed case still counts against the same email.
			const result = await signIn(database, { email: i % 2 ? 'HR@tend.test' : email, password: `wrong password ${i}`, address: `10.1.0.${i}` }, t0 + i * 1000);
			expect(result).toStrictEqual({ ok: false, reason: 'invalid' });
		}
		const lockedAt = t0 + (maxFailures - 1) * 1000;
		const sixth = await signIn(database, { email, password: org.password, address: '10.1.1.1' }, lockedAt + 1000);
		expect(sixth).toStrictEqual({ ok: false, reason: 'locked', until: lockedAt + 15 * minute });
		// No session was opened by the locked attempt.
		expect(await database.db.select().from(sessions).where(eq(sessions.personId, org.hrId))).toEqual([]);
		// Still locked 1 ms before the end.
		expect(await signIn(database, { email, password: org.password, address: '10.1.1.2' }, lockedAt + 15 * minute - 1)).toMatchObject({ ok: false, reason: 'locked' });

		// When the lock has passed, the right password works and clears the email's counter.
		const after = await signIn(database, { email, password: org.password, address: '10.1.1.3' }, lockedAt + 15 * minute);
		expect(after).toMatchObject({ ok: true, personId: org.hrId });
		expect(await throttleRow(`email:${email}`)).toBeUndefined();

		// Counting starts over: four more failures do not lock.
		const again = lockedAt + 16 * minute;
		for (let i = 0; i < maxFailures - 1; i++) await signIn(database, { email, password: 'still wrong!!', address: `10.1.2.${i}` }, again + i);
		expect(await throttleRow(`email:${email}`)).toMatchObject({ failures: maxFailures - 1, lockedUntil: null });
		expect(await signIn(database, { email, password: org.password, address: '10.1.3.1' }, again + 10)).toMatchObject({ ok: true });
	});

	it('forgets failures spread beyond the 15 minute window', async () => {
		const email = 'nobody-slow@tend.test';
		for (let i = 0; i < 4; i++) await signIn(database, { email, password: 'x'.repeat(12), address: `10.2.0.${i}` }, t0 + i);
		// The fifth failure comes after the window: the count restarts at 1 and nothing locks.
		await signIn(database, { email, password: 'x'.repeat(12), address: '10.2.1.0' }, t0 + windowMs + 1);
		expect(await throttleRow(`email:${email}`)).toMatchObject({ failures: 1, windowStartedAt: t0 + windowMs + 1, lockedUntil: null });
	});
});

describe('throttle per address', () => {
	it('counts failures per address across emails, and locks the address at its limit for every email but not other addresses', async () => {
		const address = '203.0.113.7';
		// Failures with five different emails all count against the one address.
		for (let i = 0; i < maxFailures; i++) {
			expect(await signIn(database, { email: `spray${i}@tend.test`, password: 'guess guess guess', address }, t0 + i)).toStrictEqual({ ok: false, reason: 'invalid' });
		}
		expect(await throttleRow('email:spray0@tend.test')).toMatchObject({ failures: 1, lockedUntil: null });
		expect(await throttleRow(`ip:${address}`)).toMatchObject({ failures: maxFailures, windowStartedAt: t0 });
		// A shared address (a whole floor behind one NAT) gets a larger allowance than one email.
		expect(maxAddressFailures).toBeGreaterThan(maxFailures);
		expect(failureLimit(`ip:${address}`)).toBe(maxAddressFailures);
		expect(failureLimit('email:x@tend.test')).toBe(maxFailures);
		expect(await lockedUntil(database, throttleKeys('admin@tend.test', address), t0 + 10)).toBeNull();

		// More failures from other emails up to one short of the limit (as signIn records them, without the hashing).
		for (let i = maxFailures; i < maxAddressFailures - 1; i++) await recordFailure(database, throttleKeys(`spray${i}@tend.test`, address), t0 + i);
		expect(await throttleRow(`ip:${address}`)).toMatchObject({ failures: maxAddressFailures - 1, lockedUntil: null });
		expect(await lockedUntil(database, throttleKeys('admin@tend.test', address), t0 + 100)).toBeNull();

		// The last one through signIn locks the address.
		const lockedAt = t0 + 100;
		expect(await signIn(database, { email: 'spray-last@tend.test', password: 'guess guess guess', address }, lockedAt)).toStrictEqual({ ok: false, reason: 'invalid' });
		expect(await throttleRow(`ip:${address}`)).toMatchObject({ failures: maxAddressFailures, lockedUntil: lockedAt + firstLockMs });

		expect(await signIn(database, { email: 'admin@tend.test', password: org.password, address }, lockedAt + 1)).toStrictEqual({ ok: false, reason: 'locked', until: lockedAt + firstLockMs });
		expect(await signIn(database, { email: 'admin@tend.test', password: org.password, address: '198.51.100.1' }, lockedAt + 1)).toMatchObject({ ok: true, personId: org.adminId });
		// A success elsewhere clears the email's counter, not the address's lock.
		expect(await signIn(database, { email: 'admin@tend.test', password: org.password, address }, lockedAt + 2)).toMatchObject({ ok: false, reason: 'locked' });
		expect(await signIn(database, { email: 'admin@tend.test', password: org.password, address }, lockedAt + firstLockMs)).toMatchObject({ ok: true });
	});

	it('doubles the address lock each time it reaches its limit again', async () => {
		const key = 'ip:203.0.113.200';
		let now = t0;
		for (const duration of [firstLockMs, 2 * firstLockMs, 4 * firstLockMs]) {
			for (let i = 0; i < maxAddressFailures; i++) await recordFailure(database, [key], now++);
			const lockedAt = now - 1;
			expect((await throttleRow(key))!.lockedUntil).toBe(lockedAt + duration);
			now = lockedAt + duration + windowMs + 1;
		}
	});
});

describe('lock durations double', () => {
	it('doubles the email lock each time it reaches another 5 failures, and never resets the count once locked', async () => {
		const email = 'nobody-at-all@tend.test';
		let now = t0;
		let n = 0;
		const fail = async () => signIn(database, { email, password: 'guess guess guess', address: `10.9.0.${n++}` }, now++);
		for (const duration of [firstLockMs, 2 * firstLockMs, 4 * firstLockMs]) {
			let last: unknown;
			for (let i = 0; i < maxFailures; i++) last = await fail();
			expect(last).toStrictEqual({ ok: false, reason: 'invalid' });
			const lockedAt = now - 1;
			expect((await throttleRow(`email:${email}`))!.lockedUntil).toBe(lockedAt + duration);
			expect(await signIn(database, { email, password: 'guess guess guess', address: '10.9.1.1' }, lockedAt + duration - 1)).toStrictEqual({ ok: false, reason: 'locked', until: lockedAt + duration });
			expect(await lockedUntil(database, throttleKeys(email, '10.9.1.1'), lockedAt + duration)).toBeNull();
			// Wait the lock out, and beyond the window: a key that was locked keeps counting.
			now = lockedAt + duration + windowMs + 1;
		}
		expect((await throttleRow(`email:${email}`))!.failures).toBe(3 * maxFailures);
	});

	it('lockDuration doubles from 15 minutes per limit reached, up to a day', () => {
		expect(lockDuration(5)).toBe(15 * minute);
		expect(lockDuration(9)).toBe(15 * minute);
		expect(lockDuration(10)).toBe(30 * minute);
		expect(lockDuration(15)).toBe(60 * minute);
		expect(lockDuration(20)).toBe(120 * minute);
		expect(lockDuration(35)).toBe(16 * 60 * minute);
		expect(lockDuration(40)).toBe(maxLockMs);
		expect(lockDuration(1000)).toBe(maxLockMs);
		expect(maxLockMs).toBe(24 * 60 * minute);
		expect(lockDuration(maxAddressFailures, maxAddressFailures)).toBe(15 * minute);
		expect(lockDuration(2 * maxAddressFailures, maxAddressFailures)).toBe(30 * minute);
		expect(lockDuration(3 * maxAddressFailures, maxAddressFailures)).toBe(60 * minute);
	});
});

describe('throttle internals', () => {
	it('lockedUntil reports the later of two locks', async () => {
		const keys = ['email:both@tend.test', 'email:both-too@tend.test'];
		for (let i = 0; i < maxFailures; i++) await recordFailure(database, [keys[0]!], t0 + i);
		for (let i = 0; i < maxFailures; i++) await recordFailure(database, [keys[1]!], t0 + 1000 + i);
		expect(await lockedUntil(database, keys, t0 + 2000)).toBe(t0 + 1004 + firstLockMs);
		expect(await lockedUntil(database, [keys[1]!, keys[0]!], t0 + 2000)).toBe(t0 + 1004 + firstLockMs);
		expect(await lockedUntil(database, [keys[0]!], t0 + 2000)).toBe(t0 + 4 + firstLockMs);
		expect(await lockedUntil(database, ['email:never@tend.test'], t0)).toBeNull();
	});

	it('counts concurrent failures without losing any', async () => {
		const key = 'email:concurrent@tend.test';
		await Promise.all(Array.from({ length: 12 }, (_, i) => recordFailure(database, [key], t0 + i)));
		expect(await throttleRow(key)).toMatchObject({ failures: 12, lockedUntil: t0 + 9 + 2 * firstLockMs });
	});
});
