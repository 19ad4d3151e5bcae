import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { people } from '../db/schema';
import { recordAudit } from '../audit';
import { decoyPasswordHash, verifyPassword } from './password';
import { createSession } from './session';
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from './throttle';

export type SignInResult =
	| { ok: true; token: string; personId: number; createdAt: number; lastSeenAt: number; locale: string | null }
	// One answer for an unknown email, a wrong password and a disabled account.
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; until: number };

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function signIn(database: Database, input: { email: string; password: string; address: string }, now: number): Promise<SignInResult> {
	const email = normalizeEmail(input.email);
	const keys = throttleKeys(email, input.address);
	const until = await lockedUntil(database, keys, now);
	if (until !== null) return { ok: false, reason: 'locked', until };

	const person = (await database.db.select().from(people).where(eq(people.email, email)).limit(1))[0];
	const usable = person && person.passwordHash && person.disabledAt === null && person.employmentStatus !== 'exited';
	const valid = usable ? await verifyPassword(person.passwordHash!, input.password) : (await verifyPassword(await decoyPasswordHash(), input.password), false);
	if (!valid || !person) {
		await recordFailure(database, keys, now);
		await database.write((tx) => recordAudit(tx, { actorId: null, action: 'session.sign_in_failed', entity: 'person', entityId: person?.id ?? null, detail: { address: input.address } }, now));
		return { ok: false, reason: 'invalid' };
	}
	await clearFailures(database, email);
	const { token, session } = await createSession(database, person.id, now);
	await database.write((tx) => recordAudit(tx, { actorId: person.id, action: 'session.sign_in', entity: 'person', entityId: person.id }, now));
	return { ok: true, token, personId: person.id, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, locale: person.locale };
}
