// An agent's own availability, exceptions, preferences and desired hours. Every write is the
// agent's own (self-service) and counts toward their flexibility index.
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Database } from './db';
import { availability, availabilityExceptions, desiredHours, preferences } from './db/schema';
import { recordAudit } from './audit';

export async function loadAvailability(database: Database, personId: number, today: string) {
	const [weekly, exceptions, wishes, desired] = await Promise.all([
		database.db.select().from(availability).where(eq(availability.personId, personId)).orderBy(asc(availability.weekday), asc(availability.startMinute)),
		database.db.select().from(availabilityExceptions).where(and(eq(availabilityExceptions.personId, personId), gte(availabilityExceptions.day, today))).orderBy(asc(availabilityExceptions.day)),
		database.db.select().from(preferences).where(eq(preferences.personId, personId)).orderBy(asc(preferences.weekday)),
		database.db.select().from(desiredHours).where(eq(desiredHours.personId, personId)).limit(1)
	]);
	return { weekly, exceptions, preferences: wishes, desiredHours: desired[0]?.weeklyHours ?? null };
}

export async function replaceWeekly(database: Database, personId: number, windows: { weekday: number; startMinute: number; endMinute: number }[], now: number) {
	await database.write(async (tx) => {
		await tx.delete(availability).where(eq(availability.personId, personId));
		if (windows.length) await tx.insert(availability).values(windows.map((w) => ({ personId, ...w })));
		await recordAudit(tx, { actorId: personId, action: 'availability.update', entity: 'person', entityId: personId, detail: { windows: windows.length } }, now);
	});
}

export async function addException(database: Database, personId: number, value: { day: string; startMinute: number | null; endMinute: number | null; note: string }, now: number) {
	await database.write(async (tx) => {
		await tx.delete(availabilityExceptions).where(and(eq(availabilityExceptions.personId, personId), eq(availabilityExceptions.day, value.day)));
		await tx.insert(availabilityExceptions).values({ personId, ...value });
		await recordAudit(tx, { actorId: personId, action: 'availability.exception', entity: 'person', entityId: personId, detail: { day: value.day } }, now);
	});
}

export async function deleteException(database: Database, personId: number, id: number, now: number) {
	await database.write(async (tx) => {
		const gone = await tx.delete(availabilityExceptions).where(and(eq(availabilityExceptions.id, id), eq(availabilityExceptions.personId, personId))).returning({ id: availabilityExceptions.id });
		if (gone.length) await recordAudit(tx, { actorId: personId, action: 'availability.exception_delete', entity: 'person', entityId: personId }, now);
	});
}

export async function addPreference(database: Database, personId: number, value: { kind: 'day_off' | 'avoid_window' | 'prefer_window'; weekday: number; startMinute: number | null; endMinute: number | null }, now: number) {
	await database.write(async (tx) => {
		await tx.insert(preferences).values({ personId, ...value });
		await recordAudit(tx, { actorId: personId, action: 'preference.create', entity: 'person', entityId: personId, detail: { ...value } }, now);
	});
}

export async function deletePreference(database: Database, personId: number, id: number, now: number) {
	await database.write(async (tx) => {
		const gone = await tx.delete(preferences).where(and(eq(preferences.id, id), eq(preferences.personId, personId))).returning({ id: preferences.id });
		if (gone.length) await recordAudit(tx, { actorId: personId, action: 'preference.delete', entity: 'person', entityId: personId }, now);
	});
}

export async function setDesiredHours(database: Database, personId: number, hours: number | null, now: number) {
	await database.write(async (tx) => {
		await tx.delete(desiredHours).where(eq(desiredHours.personId, personId));
		if (hours !== null) await tx.insert(desiredHours).values({ personId, weeklyHours: hours });
		await recordAudit(tx, { actorId: personId, action: 'desired_hours.update', entity: 'person', entityId: personId, detail: { hours } }, now);
	});
}
