// Sessions after lucia-auth.com's current guide: the token is 'id.secret'; only the SHA-256
// of the secret is stored, compared in constant time, so a leaked sessions table signs
// nobody in. Idle and absolute expiry are both enforced here, on the server.
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../db';
import { people, sessions, type Person, type Session } from '../db/schema';

export const sessionCookieName = '__Host-session';
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
// lastSeenAt is refreshed at most this often, to spare a write on every request.
const touchEveryMs = 60 * 1000;

export type SessionUser = Pick<Person, 'id' | 'organizationId' | 'name' | 'email' | 'role' | 'teamId' | 'siteId' | 'locale'>;

/** The columns of a person that make up the signed-in user, in one place for every reader. */
export const sessionUserColumns = {
	id: people.id,
	organizationId: people.organizationId,
	name: people.name,
	email: people.email,
	role: people.role,
	teamId: people.teamId,
	siteId: people.siteId,
	locale: people.locale
};

export interface ValidSession {
	session: Session;
	user: SessionUser;
}

export function generateSecureRandomString(bytes = 24): string {
	const random = new Uint8Array(bytes);
	crypto.getRandomValues(random);
	return encodeBase32LowerCaseNoPadding(random);
}

export function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

export function hashSecretHex(secret: string): string {
	return encodeHexLowerCase(hashSecret(secret));
}

/** A fresh session for `personId`; the returned token goes to the cookie and nowhere else. */
export async function createSession(database: Database, personId: number, now: number): Promise<{ token: string; session: Session }> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	const session: Session = { id, secretHash: hashSecretHex(secret), personId, createdAt: now, lastSeenAt: now };
	await database.write((tx) => tx.insert(sessions).values(session));
	return { token: `${id}.${secret}`, session };
}

export function isSessionExpired(session: Pick<Session, 'createdAt' | 'lastSeenAt'>, now: number): boolean {
	return now - session.createdAt >= absoluteLifetimeMs || now - session.lastSeenAt >= idleTimeoutMs;
}

/** The session and its person for a cookie token, or null; expired sessions are deleted. */
export async function validateSessionToken(database: Database, token: string, now: number): Promise<ValidSession | null> {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64 || parts[1].length > 64) return null;
	const [id, secret] = parts as [string, string];
	const rows = await database.db
		.select({
			session: sessions,
			user: {
				...sessionUserColumns,
				disabledAt: people.disabledAt,
				employmentStatus: people.employmentStatus
			}
		})
		.from(sessions)
		.innerJoin(people, eq(people.id, sessions.personId))
		.where(eq(sessions.id, id))
		.limit(1);
	const row = rows[0];
	if (!row) return null;
	const expected = new TextEncoder().encode(row.session.secretHash);
	const given = new TextEncoder().encode(hashSecretHex(secret));
	if (!constantTimeEqual(expected, given)) return null;
	if (isSessionExpired(row.session, now) || row.user.disabledAt !== null || row.user.employmentStatus === 'exited') {
		await deleteSession(database, id);
		return null;
	}
	let session = row.session;
	if (now - session.lastSeenAt >= touchEveryMs) {
		session = { ...session, lastSeenAt: now };
		await database.write((tx) => tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)));
	}
	const { disabledAt: _disabledAt, employmentStatus: _status, ...user } = row.user;
	return { session, user };
}

export async function deleteSession(database: Database, sessionId: string): Promise<void> {
	await database.write((tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

export async function deletePersonSessions(tx: Tx, personId: number): Promise<void> {
	await tx.delete(sessions).where(eq(sessions.personId, personId));
}

/** The idle deadline the cookie should carry, capped by the absolute lifetime. */
export function sessionCookieExpiry(session: Pick<Session, 'createdAt' | 'lastSeenAt'>): Date {
	return new Date(Math.min(session.lastSeenAt + idleTimeoutMs, session.createdAt + absoluteLifetimeMs));
}
