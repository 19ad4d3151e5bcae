import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database, Tx } from './db';
import { auditLog, people } from './db/schema';

export interface AuditInput {
	actorId: number | null;
	action: string;
	entity: string;
	entityId?: string | number | null;
	detail?: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction, so the record and the change land together. */
export async function recordAudit(tx: Tx, entry: AuditInput, now: number): Promise<void> {
	await tx.insert(auditLog).values({
		at: now,
		actorId: entry.actorId,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
		detail: entry.detail ?? null
	});
}

/**
 * Newest entries first, `before` an id for paging. Entries by people of other organizations are
 * left out; entries with no actor (failed sign-ins of unknown emails) are shown to every admin.
 */
export async function listAudit(database: Database, organizationId: number, before: number | null, limit: number) {
	const conditions = [or(isNull(auditLog.actorId), eq(people.organizationId, organizationId))];
	if (before !== null) conditions.push(lt(auditLog.id, before));
	return database.db
		.select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, actorName: people.name })
		.from(auditLog)
		.leftJoin(people, eq(people.id, auditLog.actorId))
		.where(and(...conditions))
		.orderBy(desc(auditLog.id))
		.limit(limit);
}
