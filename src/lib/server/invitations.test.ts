import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, invitations, people, sessions } from './db/schema';
import { acceptInvitation, createInvitation, findInvitation, invitationLifetimeMs } from './invitations';
import { createSession, validateSessionToken } from './auth/session';
import { signIn } from './auth/sign-in';
import { setPersonDisabled } from './people';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

const t0 = seedNow + 60_000;
const newPassword = 'a brand new passphrase';

let database: Database;
let org: TestOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

async function newInvitee(email: string) {
	return database.write(async (tx) => {
		const [r] = await tx
			.insert(people)
			.values({ organizationId: org.organizationId, name: email, email, role: 'agent', teamId: org.team1, siteId: org.siteA, hireDate: '2026-01-01', createdAt: seedNow })
			.returning({ id: people.id });
		return r!.id;
	});
}

const invitationRows = (personId: number) => database.db.select().from(invitations).where(eq(invitations.personId, personId)).orderBy(invitations.id);

describe('createInvitation', () => {
	it('returns a secret and stores only its SHA-256, valid for 7 days', async () => {
		const personId = await newInvitee('hash-only@tend.test');
		const secret = await createInvitation(database, personId, org.adminId, t0);
		expect(secret).toMatch(/^[a-z2-7]{52}$/);
		const [row] = await invitationRows(personId);
		expect(row).toEqual({
			id: expect.any(Number),
			personId,
			tokenHash: createHash('sha256').update(secret).digest('hex'),
			createdBy: org.adminId,
			createdAt: t0,
			expiresAt: t0 + invitationLifetimeMs,
			usedAt: null
		});
		expect(invitationLifetimeMs).toBe(7 * 24 * 60 * 60 * 1000);
		expect(JSON.stringify(await database.db.select().from(invitations))).not.toContain(secret);
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'invitation.create'));
		expect(audit.at(-1)).toMatchObject({ actorId: org.adminId, entityId: String(personId) });
	});

	it('revokes the older link when a newer one is made', async () => {
		const personId = await newInvitee('twice@tend.test');
		const older = await createInvitation(database, personId, org.adminId, t0);
		const newer = await createInvitation(database, personId, org.adminId, t0 + 1000);
		expect(await findInvitation(database, older, t0 + 2000)).toBeNull();
		expect(await acceptInvitation(database, older, newPassword, t0 + 2000)).toBeNull();
		expect((await findInvitation(database, newer, t0 + 2000))?.personId).toBe(personId);
		const rows = await invitationRows(personId);
		expect(rows.map((r) => r.usedAt)).toEqual([t0 + 1000, null]);
	});

	it("does not revoke another person's link", async () => {
		const a = await newInvitee('a-person@tend.test');
		const b = await newInvitee('b-person@tend.test');
		const forA = await createInvitation(database, a, org.adminId, t0);
		await createInvitation(database, b, org.adminId, t0 + 1);
		expect((await findInvitation(database, forA, t0 + 2))?.personId).toBe(a);
	});
});

describe('findInvitation', () => {
	it('finds a live invitation until it expires', async () => {
		const personId = await newInvitee('expiring@tend.test');
		const secret = await createInvitation(database, personId, org.adminId, t0);
		expect(await findInvitation(database, secret, t0 + invitationLifetimeMs - 1)).toMatchObject({ personId, name: 'expiring@tend.test' });
		expect(await findInvitation(database, secret, t0 + invitationLifetimeMs)).toBeNull();
	});

	it.each([
		['empty', ''],
		['too short', 'abc'],
		['uppercase', 'A'.repeat(52)],
		['not base32', '1'.repeat(52)],
		['too long', 'a'.repeat(81)],
		['with a dot', `${'a'.repeat(30)}.${'a'.repeat(30)}`]
	])('returns null for a malformed token: %s', async (_label, token) => {
		expect(await findInvitation(database, token, t0)).toBeNull();
	});

	it('returns null for a well-formed but unknown token', async () => {
		expect(await findInvitation(database, 'a'.repeat(52), t0)).toBeNull();
	});

	it('returns null for a disabled person', async () => {
		const personId = await newInvitee('disabled-invitee@tend.test');
		const secret = await createInvitation(database, personId, org.adminId, t0);
		await setPersonDisabled(database, personId, true, org.adminId, t0 + 1);
		expect(await findInvitation(database, secret, t0 + 2)).toBeNull();
		expect(await acceptInvitation(database, secret, newPassword, t0 + 2)).toBeNull();
	});
});

describe('acceptInvitation', () => {
	it('sets a password signIn accepts, spends the invitation, ends older sessions and opens a new one', async () => {
		const personId = await newInvitee('accepting@tend.test');
		// The person already had a session somehow (e.g. a previous password); it must end.
		const old = await createSession(database, personId, t0);
		const secret = await createInvitation(database, personId, org.adminId, t0);

		const accepted = await acceptInvitation(database, secret, newPassword, t0 + 1000);
		expect(accepted).not.toBeNull();
		expect(accepted!.session).toMatchObject({ personId, createdAt: t0 + 1000 });
		expect((await validateSessionToken(database, accepted!.token, t0 + 2000))?.user.id).toBe(personId);
		expect(await validateSessionToken(database, old.token, t0 + 2000)).toBeNull();
		expect((await database.db.select().from(sessions).where(eq(sessions.personId, personId))).map((s) => s.id)).toEqual([accepted!.session.id]);

		const person = (await database.db.select().from(people).where(eq(people.id, personId)))[0]!;
		expect(person.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(person.passwordHash).not.toContain(newPassword);
		expect((await invitationRows(personId))[0]!.usedAt).toBe(t0 + 1000);

		// Spent: the same link does nothing the second time.
		expect(await findInvitation(database, secret, t0 + 3000)).toBeNull();
		expect(await acceptInvitation(database, secret, 'another passphrase!!', t0 + 3000)).toBeNull();

		const signedIn = await signIn(database, { email: 'accepting@tend.test', password: newPassword, address: '10.5.0.1' }, t0 + 4000);
		expect(signedIn).toMatchObject({ ok: true, personId });
		expect(await signIn(database, { email: 'accepting@tend.test', password: 'another passphrase!!', address: '10.5.0.2' }, t0 + 5000)).toStrictEqual({ ok: false, reason: 'invalid' });

		const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'invitation.accept'));
		expect(audit.at(-1)).toMatchObject({ actorId: personId, entityId: String(personId), at: t0 + 1000 });
	});

	it('refuses an expired invitation and changes nothing', async () => {
		const personId = await newInvitee('too-late@tend.test');
		const secret = await createInvitation(database, personId, org.adminId, t0);
		expect(await acceptInvitation(database, secret, newPassword, t0 + invitationLifetimeMs + 1)).toBeNull();
		expect(await acceptInvitation(database, secret, newPassword, t0 + invitationLifetimeMs)).toBeNull();
		expect((await database.db.select().from(people).where(eq(people.id, personId)))[0]!.passwordHash).toBeNull();
		expect((await invitationRows(personId))[0]!.usedAt).toBeNull();
		expect(await database.db.select().from(sessions).where(eq(sessions.personId, personId))).toEqual([]);
	});

	it('lets only one of two simultaneous accepts through', async () => {
		const personId = await newInvitee('racing@tend.test');
		const secret = await createInvitation(database, personId, org.adminId, t0);
		const results = await Promise.all([acceptInvitation(database, secret, 'first passphrase!!', t0 + 1), acceptInvitation(database, secret, 'second passphrase!!', t0 + 1)]);
		expect(results.filter((r) => r !== null)).toHaveLength(1);
		expect(await database.db.select().from(sessions).where(eq(sessions.personId, personId))).toHaveLength(1);
		const winner = results[0] ? 'first passphrase!!' : 'second passphrase!!';
		expect(await signIn(database, { email: 'racing@tend.test', password: winner, address: '10.5.1.1' }, t0 + 2)).toMatchObject({ ok: true });
	});
});
