// Sign-in throttle: failures are counted per email and per client address in the database,
// so every app server sharing it sees the same counts. After `maxFailures` in one window the
// key is locked, and each further lock doubles, up to a day. A whole contact center often
// signs in from one public address, so an address gets ten times the allowance of an email:
// one person's typos must not lock out the floor.
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { signInThrottle } from '../db/schema';

export const maxFailures = 5;
export const maxAddressFailures = 50;
export const windowMs = 15 * 60 * 1000;
export const firstLockMs = 15 * 60 * 1000;
export const maxLockMs = 24 * 60 * 60 * 1000;

export function throttleKeys(email: string, address: string): string[] {
	return [`email:${email}`, `ip:${address}`];
}

/** When the earliest of `keys` unlocks, or null when none is locked at `now`. */
export async function lockedUntil(database: Database, keys: string[], now: number): Promise<number | null> {
	let until: number | null = null;
	for (const key of keys) {
		const row = (await database.db.select().from(signInThrottle).where(eq(signInThrottle.key, key)).limit(1))[0];
		if (row?.lockedUntil && row.lockedUntil > now) until = Math.max(until ?? 0, row.lockedUntil);
	}
	return until;
}

export function failureLimit(key: string): number {
	return key.startsWith('ip:') ? maxAddressFailures : maxFailures;
}

export function lockDuration(failures: number, limit = maxFailures): number {
	const doublings = Math.max(0, Math.floor(failures / limit) - 1);
	return Math.min(maxLockMs, firstLockMs * 2 ** doublings);
}

export async function recordFailure(database: Database, keys: string[], now: number): Promise<void> {
	await database.write(async (tx) => {
		for (const key of keys) {
			const row = (await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).limit(1))[0];
			if (!row) {
				await tx.insert(signInThrottle).values({ key, failures: 1, windowStartedAt: now, lockedUntil: null });
				continue;
			}
			// A quiet window resets the count unless the key has been locked before.
			const stale = now - row.windowStartedAt > windowMs && !row.lockedUntil;
			const failures = stale ? 1 : row.failures + 1;
			const limit = failureLimit(key);
			const lock = failures % limit === 0 ? now + lockDuration(failures, limit) : row.lockedUntil;
			await tx
				.update(signInThrottle)
				.set({ failures, windowStartedAt: stale ? now : row.windowStartedAt, lockedUntil: lock })
				.where(eq(signInThrottle.key, key));
		}
	});
}

export async function clearFailures(database: Database, email: string): Promise<void> {
	await database.write((tx) => tx.delete(signInThrottle).where(eq(signInThrottle.key, `email:${email}`)));
}
