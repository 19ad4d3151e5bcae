// Staffing adequacy per team and ISO week (team_week_staffing), a lever the outcomes module reads:
// what the contacts that arrived required against the hours the team's agents worked (the model
// is in $lib/domain/staffing/adequacy). Required: each queue's interval history re-cut to
// 15 minutes and staffed by the staffing engine with the queue's own targets and shrinkage (as a
// forecast run is), once per queue, then shared among teams by skilled headcount. Worked: the
// team's agent-day rows, each one span from its local start in the agent's site zone (the team's
// site zone when the person has no site). Rebuilt after the demo seed and history imports.
// Limits: a deferred (email/other) queue is staffed one queue-local day at a time, at the
// engine's constant level over that day's intervals with contacts; an interval with contacts
// but none handled takes the queue's mean AHT over the refreshed weeks, and with none at all it
// counts as zero requirement; team membership and skills are today's, also for past weeks.
import { and, asc, eq, gte, inArray, lte, max, min, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { agentDayOutcomes, intervalHistory, people, queues, sites, teams, teamWeekStaffing, type Queue } from './db/schema';
import { aggregateHistory, localMidnight, staffingConfig } from './forecasting';
import { addWorkingAgents, createLocalClock, quarterHourMs, shiftSpan, splitToQuarterHours, sumWeeks, teamShares, weekBounds, type WorkedSpan } from '$lib/domain/staffing/adequacy';
import { modelFor, staffQueue, type StaffingInterval } from '$lib/domain/staffing/interval-staffing';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone, isCalendarDay } from '$lib/domain/time/calendar';

export type TeamWeekStaffing = typeof teamWeekStaffing.$inferSelect;

/**
 * Recomputes the rows of every ISO week from `fromDay`'s through `toDay`'s for the organization's
 * teams and replaces them, in one write transaction; returns how many rows it wrote. Weeks
 * without history or worked days lose their rows. Throws, writing nothing, when a queue's history
 * cannot be staffed (the message names the queue).
 */
export async function refreshStaffingAdequacy(database: Database, organizationId: number, fromDay: string, toDay: string): Promise<number> {
	if (!isCalendarDay(fromDay) || !isCalendarDay(toDay)) throw new Error(`staffing adequacy: days must be YYYY-MM-DD, got ${fromDay} and ${toDay}`);
	if (fromDay > toDay) throw new Error(`staffing adequacy: ${fromDay} is after ${toDay}`);
	const firstWeek = isoWeekStart(fromDay);
	const lastWeek = isoWeekStart(toDay);
	const lastDay = addDays(lastWeek, 6);
	// Read and computed outside the write transaction (seconds on a large history), so other
	// writes don't wait for it; only the replacement of the rows is one transaction.
	const db = database.db;
	const teamRows = await db.select({ id: teams.id, timeZone: sites.timeZone }).from(teams).innerJoin(sites, eq(sites.id, teams.siteId)).where(eq(teams.organizationId, organizationId));
	if (!teamRows.length) return 0;
	const teamIds = teamRows.map((t) => t.id);
	const queueRows = await db.select().from(queues).where(eq(queues.organizationId, organizationId));

	// Only the weeks that can hold data are computed (callers may pass a wide range); a day of
	// margin either side covers every zone's offset from the UTC day of the history bounds.
	const historyBounds = queueRows.length
		? (await db.select({ first: min(intervalHistory.intervalStart), last: max(intervalHistory.intervalStart) }).from(intervalHistory).where(inArray(intervalHistory.queueId, queueRows.map((q) => q.id))))[0]
		: undefined;
	const workedBounds = (
		await db
			.select({ first: min(agentDayOutcomes.day), last: max(agentDayOutcomes.day) })
			.from(agentDayOutcomes)
			.innerJoin(people, eq(people.id, agentDayOutcomes.personId))
			.where(and(eq(people.organizationId, organizationId), inArray(people.teamId, teamIds), gte(agentDayOutcomes.day, addDays(firstWeek, -1)), lte(agentDayOutcomes.day, lastDay)))
	)[0];
	const dataDays = [historyBounds?.first, historyBounds?.last]
		.filter((ms): ms is number => typeof ms === 'number')
		.map((ms) => dayInZone(ms, 'UTC'))
		.concat([workedBounds?.first, workedBounds?.last].filter((d): d is string => typeof d === 'string'));
	const computeFrom = dataDays.length ? [isoWeekStart(addDays(dataDays.reduce((a, b) => (a < b ? a : b)), -1)), firstWeek].reduce((a, b) => (a > b ? a : b)) : null;
	const computeTo = dataDays.length ? [addDays(dataDays.reduce((a, b) => (a > b ? a : b)), 1), lastDay].reduce((a, b) => (a < b ? a : b)) : null;

	const rows: TeamWeekStaffing[] = [];
	if (computeFrom !== null && computeTo !== null && computeFrom <= computeTo) {
		const weeksOf = new Map(teamRows.map((t) => [t.id, weekBounds(computeFrom, computeTo, t.timeZone)]));
		const windowFrom = Math.min(...[...weeksOf.values()].map((w) => w[0]!.fromMs));
		const windowTo = Math.max(...[...weeksOf.values()].map((w) => w[w.length - 1]!.toMs));

		const pool = await db
			.select({ teamId: people.teamId, skills: people.skills })
			.from(people)
			.where(and(eq(people.organizationId, organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
		// Each queue is staffed once; a team's requirement is summed from the queues when asked.
		const staffed = new Map<number, { shares: Map<number, number>; scheduled: Map<number, number> }>();
		for (const queue of queueRows) {
			const shares = teamShares(pool, queue.id);
			if (!shares.size) continue;
			const history = await loadContacts(db, queue.id, windowFrom, windowTo);
			if (history.length) staffed.set(queue.id, { shares, scheduled: await staffHistory(database, queue, history) });
		}
		const slots = Math.round((windowTo - windowFrom) / quarterHourMs);
		const requiredOf = (teamId: number) => {
			const sum = new Float64Array(slots);
			for (const q of staffed.values()) {
				const share = q.shares.get(teamId);
				if (share === undefined) continue;
				for (const [t, agents] of q.scheduled) {
					const slot = (t - windowFrom) / quarterHourMs;
					if (slot >= 0 && slot < slots) sum[slot] = sum[slot]! + agents * share;
				}
			}
			return (t: number) => sum[(t - windowFrom) / quarterHourMs] ?? 0;
		};

		const zoneOf = new Map(teamRows.map((t) => [t.id, t.timeZone]));
		const siteZones = new Map((await db.select({ id: sites.id, timeZone: sites.timeZone }).from(sites).where(eq(sites.organizationId, organizationId))).map((s) => [s.id, s.timeZone]));
		// From the day before the first week: a night shift that day runs into the week.
		const worked = await db
			.select({ teamId: people.teamId, siteId: people.siteId, day: agentDayOutcomes.day, startMinute: agentDayOutcomes.shiftStartMinute, minutes: agentDayOutcomes.workedMinutes })
			.from(agentDayOutcomes)
			.innerJoin(people, eq(people.id, agentDayOutcomes.personId))
			.where(and(eq(people.organizationId, organizationId), inArray(people.teamId, teamIds), gte(agentDayOutcomes.day, addDays(computeFrom, -1)), lte(agentDayOutcomes.day, addDays(isoWeekStart(computeTo), 6))));
		const spans = new Map<number, WorkedSpan[]>(teamIds.map((id) => [id, []]));
		const clock = createLocalClock();
		for (const w of worked) {
			const zone = (w.siteId !== null ? siteZones.get(w.siteId) : undefined) ?? zoneOf.get(w.teamId!)!;
			spans.get(w.teamId!)!.push(shiftSpan(w.day, w.startMinute, w.minutes, zone, clock));
		}

		for (const teamId of teamIds) {
			const working = addWorkingAgents(new Map(), spans.get(teamId)!);
			for (const week of sumWeeks(requiredOf(teamId), working, weeksOf.get(teamId)!)) rows.push({ teamId, ...week });
		}
	}

	return database.write(async (write) => {
		await write.delete(teamWeekStaffing).where(and(inArray(teamWeekStaffing.teamId, teamIds), gte(teamWeekStaffing.weekStart, firstWeek), lte(teamWeekStaffing.weekStart, lastWeek)));
		for (let i = 0; i < rows.length; i += 500) await write.insert(teamWeekStaffing).values(rows.slice(i, i + 500));
		return rows.length;
	});
}

interface ContactRow {
	start: number;
	minutes: number;
	offered: number;
	handled: number;
	ahtSeconds: number | null;
}

/** The queue's history rows with contacts offered, as loadHistory reads them; raw, since the query builder's row mapping took half again as long over a year and a half of history. */
async function loadContacts(tx: DbOrTx, queueId: number, fromMs: number, toMs: number): Promise<ContactRow[]> {
	return tx.all<ContactRow>(sql`SELECT interval_start AS start, interval_minutes AS minutes, offered, handled, aht_seconds AS ahtSeconds FROM ${intervalHistory}
		WHERE queue_id = ${queueId} AND interval_start >= ${fromMs} AND interval_start < ${toMs} AND offered > 0 ORDER BY interval_start`);
}

/**
 * Scheduled (gross) agents per 15-minute interval start for one queue's history rows, by the
 * staffing engine at the queue's targets; intervals without contacts are left out (zero).
 */
async function staffHistory(database: Database, queue: Queue, history: readonly ContactRow[]): Promise<Map<number, number>> {
	const { volume, aht } = aggregateHistory(splitToQuarterHours(history), 15);
	const ahtAt = new Map(aht.map((p) => [p.start, p.value]));
	const timed = history.filter((r) => r.ahtSeconds !== null && r.ahtSeconds > 0 && r.handled > 0);
	const handled = timed.reduce((s, r) => s + r.handled, 0);
	const meanAht = handled > 0 ? timed.reduce((s, r) => s + r.handled * r.ahtSeconds!, 0) / handled : null;
	const intervals: { ms: number; interval: StaffingInterval }[] = [];
	for (const p of volume) {
		const known = ahtAt.get(p.start);
		const ahtSeconds = known !== undefined && known > 0 ? known : meanAht;
		if (p.value > 0 && ahtSeconds !== null && ahtSeconds > 0) intervals.push({ ms: p.start, interval: { start: new Date(p.start).toISOString(), volume: p.value, ahtSeconds } });
	}
	const config = { ...(await staffingConfig(database, queue)), intervalMinutes: 15 };
	// The deferred model solves one constant level over all it is given: a day at a time keeps a
	// busy season from setting the level of a quiet one.
	const groups: (typeof intervals)[] = [];
	if (modelFor(config) === 'deferred') {
		let dayEnd = -Infinity;
		for (const item of intervals) {
			if (item.ms >= dayEnd) {
				dayEnd = localMidnight(addDays(dayInZone(item.ms, queue.timeZone), 1), queue.timeZone);
				groups.push([]);
			}
			groups[groups.length - 1]!.push(item);
		}
	} else if (intervals.length) groups.push(intervals);
	const out = new Map<number, number>();
	for (const group of groups) {
		let solved;
		try {
			solved = staffQueue(
				group.map((g) => g.interval),
				config
			);
		} catch (error) {
			throw new Error(`staffing adequacy: queue "${queue.name}" cannot be staffed from its history: ${error instanceof Error ? error.message : String(error)}`);
		}
		solved.forEach((r, i) => out.set(group[i]!.ms, r.scheduled));
	}
	return out;
}

/** The stored team-weeks of these teams from `fromWeek` (a Monday) on, by team and week. */
export async function staffingAdequacy(database: Database, teamIds: readonly number[], fromWeek: string): Promise<TeamWeekStaffing[]> {
	if (!teamIds.length) return [];
	return database.db
		.select()
		.from(teamWeekStaffing)
		.where(and(inArray(teamWeekStaffing.teamId, [...teamIds]), gte(teamWeekStaffing.weekStart, fromWeek)))
		.orderBy(asc(teamWeekStaffing.teamId), asc(teamWeekStaffing.weekStart));
}

/**
 * Staffing adequacy of the weeks the imported intervals fall in (a day either side of their UTC
 * days covers every site zone). Called after the import's own transaction (by its caller: history.ts can't import this module, which reads history through forecasting.ts), so a queue whose history
 * cannot be staffed leaves the import in place: the error is logged and those weeks keep their rows.
 */
export async function refreshAfterHistoryImport(database: Database, organizationId: number, rows: readonly { intervalStart: number }[]) {
	let first = Infinity;
	let last = -Infinity;
	for (const r of rows) {
		first = Math.min(first, r.intervalStart);
		last = Math.max(last, r.intervalStart);
	}
	try {
		await refreshStaffingAdequacy(database, organizationId, addDays(dayInZone(first, 'UTC'), -1), addDays(dayInZone(last, 'UTC'), 1));
	} catch (error) {
		console.error('staffing adequacy after a history import failed:', error);
	}
}
