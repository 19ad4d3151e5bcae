// Invitations: an admin creates a one-time link; the person sets a password through it and is
// signed in. Only the SHA-256 of the link's secret is stored; a new link revokes older ones.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './db';
import { invitations, people } from './db/schema';
import { createSession, deletePersonSessions, generateSecureRandomString, hashSecretHex } from './auth/session';
import { hashPassword } from './auth/password';
import { recordAudit } from './audit';

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation(database: Database, personId: number, actorId: number, now: number): Promise<string> {
	const secret = generateSecureRandomString(32);
	await database.write(async (tx) => {
		await tx.update(invitations).set({ usedAt: now }).where(and(eq(invitations.personId, personId), isNull(invitations.usedAt)));
		await tx.insert(invitations).values({ personId, tokenHash: hashSecretHex(secret), createdBy: actorId, createdAt: now, expiresAt: now + invitationLifetimeMs });
		await recordAudit(tx, { actorId, action: 'invitation.create', entity: 'person', entityId: personId }, now);
	});
	return secret;
}

/** The invited person for a live invitation token, or null. */
export async function findInvitation(database: Database, token: string, now: number) {
	if (!/^[a-z2-7]{20,80}$/.test(token)) return null;
	const row = (
		await database.db
			.select({ invitationId: invitations.id, personId: people.id, name: people.name, disabledAt: people.disabledAt })
			.from(invitations)
			.innerJoin(people, eq(people.id, invitations.personId))
			.where(and(eq(invitations.tokenHash, hashSecretHex(token)), isNull(invitations.usedAt), gt(invitations.expiresAt, now)))
			.limit(1)
	)[0];
	return row && row.disabledAt === null ? row : null;
}

/** Sets the password, spends the invitation and opens a fresh session; null if the token died meanwhile. */
export async function acceptInvitation(database: Database, token: string, password: string, now: number) {
	const invitation = await findInvitation(database, token, now);
	if (!invitation) return null;
	const passwordHash = await hashPassword(password);
	const accepted = await database.write(async (tx) => {
		const spent = await tx
			.update(invitations)
			.set({ usedAt: now })
			.where(and(eq(invitations.id, invitation.invitationId), isNull(invitations.usedAt)))
			.returning({ id: invitations.id });
		if (!spent.length) return false;
		await tx.update(people).set({ passwordHash }).where(eq(people.id, invitation.personId));
		// A new password ends every session opened with the old one.
		await deletePersonSessions(tx, invitation.personId);
		await recordAudit(tx, { actorId: invitation.personId, action: 'invitation.accept', entity: 'person', entityId: invitation.personId }, now);
		return true;
	});
	if (!accepted) return null;
	return createSession(database, invitation.personId, now);
}
