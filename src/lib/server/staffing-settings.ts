// Staffing settings an organization keeps: shrinkage categories, per-queue targets beyond the
// service level, and special days. Each write lands with its audit entry.
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from './db';
import { queueTargets, shrinkageCategories, specialDays, type ShrinkageKind, type SpecialDayKind } from './db/schema';
import { recordAudit } from './audit';

export async function listShrinkage(database: Database, organizationId: number) {
	return database.db.select().from(shrinkageCategories).where(eq(shrinkageCategories.organizationId, organizationId)).orderBy(asc(shrinkageCategories.kind), asc(shrinkageCategories.name));
}

export async function saveShrinkage(database: Database, organizationId: number, id: number | null, value: { name: string; kind: ShrinkageKind; share: number }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const written =
			id === null
				? await tx.insert(shrinkageCategories).values({ organizationId, ...value }).returning({ id: shrinkageCategories.id })
				: await tx.update(shrinkageCategories).set(value).where(and(eq(shrinkageCategories.id, id), eq(shrinkageCategories.organizationId, organizationId))).returning({ id: shrinkageCategories.id });
		// An id of another organization (or one deleted meanwhile) changes nothing, so nothing is audited.
		if (!written.length) return;
		await recordAudit(tx, { actorId, action: id === null ? 'shrinkage.create' : 'shrinkage.update', entity: 'shrinkage_category', entityId: written[0]!.id, detail: value }, now);
	});
}

export async function deleteShrinkage(database: Database, organizationId: number, id: number, actorId: number, now: number) {
	await database.write(async (tx) => {
		const gone = await tx.delete(shrinkageCategories).where(and(eq(shrinkageCategories.id, id), eq(shrinkageCategories.organizationId, organizationId))).returning({ id: shrinkageCategories.id });
		if (gone.length) await recordAudit(tx, { actorId, action: 'shrinkage.delete', entity: 'shrinkage_category', entityId: id }, now);
	});
}

export async function getQueueTargets(database: Database, queueId: number) {
	return (await database.db.select().from(queueTargets).where(eq(queueTargets.queueId, queueId)).limit(1))[0] ?? { queueId, asaSeconds: null, maxOccupancy: null, patienceSeconds: null };
}

export async function saveQueueTargets(database: Database, queueId: number, value: { asaSeconds: number | null; maxOccupancy: number | null; patienceSeconds: number | null }, actorId: number, now: number) {
	await database.write(async (tx) => {
		await tx.insert(queueTargets).values({ queueId, ...value }).onConflictDoUpdate({ target: queueTargets.queueId, set: value });
		await recordAudit(tx, { actorId, action: 'queue_targets.update', entity: 'queue', entityId: queueId, detail: value }, now);
	});
}

export async function listSpecialDays(database: Database, organizationId: number, queueId: number) {
	return database.db
		.select()
		.from(specialDays)
		.where(and(eq(specialDays.organizationId, organizationId), or(isNull(specialDays.queueId), eq(specialDays.queueId, queueId))))
		.orderBy(asc(specialDays.day));
}

export async function addSpecialDay(
	database: Database,
	organizationId: number,
	value: { queueId: number | null; day: string; kind: SpecialDayKind; note: string; forecastMultiplier: number | null },
	actorId: number,
	now: number
) {
	await database.write(async (tx) => {
		const [row] = await tx.insert(specialDays).values({ organizationId, ...value }).returning({ id: specialDays.id });
		await recordAudit(tx, { actorId, action: 'special_day.create', entity: 'special_day', entityId: row!.id, detail: value }, now);
	});
}

export async function deleteSpecialDay(database: Database, organizationId: number, id: number, actorId: number, now: number) {
	await database.write(async (tx) => {
		const gone = await tx.delete(specialDays).where(and(eq(specialDays.id, id), eq(specialDays.organizationId, organizationId))).returning({ id: specialDays.id });
		if (gone.length) await recordAudit(tx, { actorId, action: 'special_day.delete', entity: 'special_day', entityId: id }, now);
	});
}
