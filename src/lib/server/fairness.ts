// Fairness figures for a team over a period, and the weekly flexibility index per agent, stored
// in flexibility_index for the outcomes module. Reads published shifts only.
import { and, eq, gte, inArray, like, lte, or } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, flexibilityIndex, people, preferences, schedules, shiftSwaps, shifts, teamFlexibilityIndex, timeOffRequests } from './db/schema';
import { fairnessByAgent, flexibilityValue, type AgentFairness } from '$lib/domain/schedule/fairness';
import { localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';

async function teamAgents(database: Database, teamId: number) {
	return database.db.select({ id: people.id }).from(people).where(and(eq(people.teamId, teamId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
}

async function publishedTeamShifts(database: Database, teamId: number, fromMs: number, toMs: number) {
	return database.db
		.select({ personId: shifts.personId, start: shifts.start, end: shifts.end })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(schedules.teamId, teamId), eq(schedules.status, 'published'), gte(shifts.start, fromMs), lte(shifts.start, toMs)));
}

export async function teamFairness(database: Database, teamId: number, firstDay: string, lastDay: string, timeZone: string): Promise<AgentFairness[]> {
	const ids = (await teamAgents(database, teamId)).map((a) => a.id);
	if (!ids.length) return [];
	const days: string[] = [];
	for (let d = firstDay; d <= lastDay; d = addDays(d, 1)) days.push(d);
	const list = await publishedTeamShifts(database, teamId, localTimeMs(firstDay, 0, timeZone), localTimeMs(addDays(lastDay, 1), 0, timeZone));
	const wishes = await database.db.select().from(preferences).where(inArray(preferences.personId, ids));
	return fairnessByAgent(ids, list, wishes, days, timeZone);
}

// Every swap action an agent takes (offer, take, propose, answer, withdraw) is theirs; supervisors' decisions are not counted, as only agents' own actions are read.
const selfServicePrefixes = ['availability.', 'preference.', 'desired_hours.', 'time_off.request', 'time_off.auto_approve', 'time_off.cancel', 'swap.'];

/**
 * Recomputes and stores the flexibility index of every agent of the team, and the team's mean, for
 * each ISO week from `monday`. Requests are time off (in the week asked) and settled swaps.
 */
export async function refreshFlexibilityIndex(database: Database, teamId: number, monday: string, weeks: number, timeZone: string): Promise<void> {
	const ids = (await teamAgents(database, teamId)).map((a) => a.id);
	if (!ids.length) return;
	const rows: (typeof flexibilityIndex.$inferInsert)[] = [];
	for (let w = 0; w < weeks; w++) {
		const first = addDays(monday, 7 * w);
		const last = addDays(first, 6);
		const from = localTimeMs(first, 0, timeZone);
		const to = localTimeMs(addDays(last, 1), 0, timeZone);
		const figures = await teamFairness(database, teamId, first, last, timeZone);
		const requests = await database.db
			.select({ personId: timeOffRequests.personId, status: timeOffRequests.status })
			.from(timeOffRequests)
			.where(and(inArray(timeOffRequests.personId, ids), gte(timeOffRequests.createdAt, from), lte(timeOffRequests.createdAt, to), inArray(timeOffRequests.status, ['approved', 'denied'])));
		// A settled swap is a request of both agents it involved, counted in the week it was settled.
		const swaps = await database.db
			.select({ offeredBy: shiftSwaps.offeredBy, takenBy: shiftSwaps.takenBy, status: shiftSwaps.status })
			.from(shiftSwaps)
			.where(and(or(inArray(shiftSwaps.offeredBy, ids), inArray(shiftSwaps.takenBy, ids)), gte(shiftSwaps.decidedAt, from), lte(shiftSwaps.decidedAt, to), inArray(shiftSwaps.status, ['approved', 'denied'])));
		for (const w of swaps) for (const personId of [w.offeredBy, w.takenBy]) if (personId !== null) requests.push({ personId, status: w.status === 'approved' ? 'approved' : 'denied' });
		const changes = await database.db
			.select({ actorId: auditLog.actorId })
			.from(auditLog)
			.where(and(inArray(auditLog.actorId, ids), gte(auditLog.at, from), lte(auditLog.at, to), or(...selfServicePrefixes.map((p) => like(auditLog.action, `${p}%`)))));
		for (const f of figures) {
			const mine = requests.filter((r) => r.personId === f.personId);
			const value = flexibilityValue(f.wishesHonoured, f.wishesTotal, mine.filter((r) => r.status === 'approved').length, mine.length);
			rows.push({ personId: f.personId, weekStart: first, selfServiceChanges: changes.filter((c) => c.actorId === f.personId).length, ...value });
		}
	}
	const teamRows = [...new Set(rows.map((r) => r.weekStart))].map((weekStart) => {
		const values = rows.filter((r) => r.weekStart === weekStart && r.value !== null && r.value !== undefined).map((r) => r.value!);
		return { teamId, weekStart, value: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null, agentsMeasured: values.length };
	});
	await database.write(async (tx) => {
		for (const row of teamRows) {
			await tx.insert(teamFlexibilityIndex).values(row).onConflictDoUpdate({ target: [teamFlexibilityIndex.teamId, teamFlexibilityIndex.weekStart], set: { value: row.value, agentsMeasured: row.agentsMeasured } });
		}
		for (const row of rows) {
			await tx
				.insert(flexibilityIndex)
				.values(row)
				.onConflictDoUpdate({ target: [flexibilityIndex.personId, flexibilityIndex.weekStart], set: { preferencesHonoured: row.preferencesHonoured, requestsApproved: row.requestsApproved, selfServiceChanges: row.selfServiceChanges, value: row.value } });
		}
	});
}

export async function flexibilityFor(database: Database, personIds: number[], fromWeek: string) {
	if (!personIds.length) return [];
	return database.db.select().from(flexibilityIndex).where(and(inArray(flexibilityIndex.personId, personIds), gte(flexibilityIndex.weekStart, fromWeek)));
}
