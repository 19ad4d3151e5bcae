// Interval history of the organization's queues: the import behind the CSV page and the reads
// the forecast trains on.
import { and, asc, count, eq, gte, inArray, lt, max, min, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { intervalHistory, queues } from './db/schema';
import { recordAudit } from './audit';
import { checkHistoryImport, type HistoryCheck } from '$lib/domain/history/history-import';

/**
 * Writes every row or none. A row for a queue and interval already stored replaces it, so a
 * corrected export can be imported again over the same period.
 */
export async function importHistory(
	database: Database,
	organizationId: number,
	file: { header: string[]; rows: Record<string, string>[] },
	intervalMinutes: number,
	actorId: number,
	now: number
): Promise<HistoryCheck> {
	return database.write(async (tx) => {
		const queueRows = await tx.select({ id: queues.id, name: queues.name }).from(queues).where(eq(queues.organizationId, organizationId));
		const check = checkHistoryImport(file.header, file.rows, { intervalMinutes, queues: queueRows });
		if (!check.ok) return check;
		for (let i = 0; i < check.rows.length; i += 500) {
			await tx
				.insert(intervalHistory)
				.values(check.rows.slice(i, i + 500))
				.onConflictDoUpdate({
					target: [intervalHistory.queueId, intervalHistory.intervalStart],
					set: {
						intervalMinutes: sql`excluded.interval_minutes`,
						offered: sql`excluded.offered`,
						handled: sql`excluded.handled`,
						abandoned: sql`excluded.abandoned`,
						ahtSeconds: sql`excluded.aht_seconds`
					}
				});
		}
		await recordAudit(tx, { actorId, action: 'history.import', entity: 'queue', detail: { rows: check.rows.length, intervalMinutes } }, now);
		return check;
	});
}

export async function loadHistory(db: DbOrTx, queueId: number, fromMs: number, toMs: number) {
	return db
		.select({ start: intervalHistory.intervalStart, minutes: intervalHistory.intervalMinutes, offered: intervalHistory.offered, handled: intervalHistory.handled, ahtSeconds: intervalHistory.ahtSeconds })
		.from(intervalHistory)
		.where(and(eq(intervalHistory.queueId, queueId), gte(intervalHistory.intervalStart, fromMs), lt(intervalHistory.intervalStart, toMs)))
		.orderBy(asc(intervalHistory.intervalStart));
}

/** Per queue: how much history there is, from when to when. */
export async function historyCoverage(database: Database, queueIds: number[]) {
	if (!queueIds.length) return [];
	return database.db
		.select({ queueId: intervalHistory.queueId, rows: count(), first: min(intervalHistory.intervalStart), last: max(intervalHistory.intervalStart) })
		.from(intervalHistory)
		.where(inArray(intervalHistory.queueId, queueIds))
		.groupBy(intervalHistory.queueId);
}
