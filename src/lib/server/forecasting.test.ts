import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, forecastIntervals, forecasts, intervalHistory, queues, queueTargets, shrinkageCategories, specialDays, type Forecast, type Queue } from './db/schema';
import {
	aggregateHistory,
	failStaleForecasts,
	intervalStarts,
	loadForecastIntervals,
	localMidnight,
	runForecast,
	saveForecast,
	staleAfterMs,
	staffingConfig,
	startForecast
} from './forecasting';
import { createTestDatabase, disposeTestDatabase, failureOf, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

const hour = 3_600_000;
const quarter = 15 * 60_000;

describe('localMidnight', () => {
	it('is the UTC instant of local 00:00, on either side of a DST change', () => {
		expect(localMidnight('2026-01-15', 'UTC')).toBe(Date.UTC(2026, 0, 15));
		// Warsaw is UTC+1 in winter, UTC+2 in summer.
		expect(localMidnight('2026-03-29', 'Europe/Warsaw')).toBe(Date.UTC(2026, 2, 28, 23));
		expect(localMidnight('2026-03-30', 'Europe/Warsaw')).toBe(Date.UTC(2026, 2, 29, 22));
		expect(localMidnight('2026-10-25', 'Europe/Warsaw')).toBe(Date.UTC(2026, 9, 24, 22));
		expect(localMidnight('2026-10-26', 'Europe/Warsaw')).toBe(Date.UTC(2026, 9, 25, 23));
	});
});

describe('intervalStarts', () => {
	it('has 96 quarter-hours, 48 half-hours and 24 hours on a UTC day', () => {
		const day = intervalStarts('2026-03-29', '2026-03-29', 'UTC', 15);
		expect(day).toHaveLength(96);
		expect(day[0]).toBe(Date.UTC(2026, 2, 29));
		expect(day.at(-1)).toBe(Date.UTC(2026, 2, 29, 23, 45));
		expect(intervalStarts('2026-03-29', '2026-03-29', 'UTC', 30)).toHaveLength(48);
		expect(intervalStarts('2026-10-25', '2026-10-25', 'UTC', 60)).toHaveLength(24);
		expect(intervalStarts('2026-03-01', '2026-03-07', 'UTC', 15)).toHaveLength(7 * 96);
	});

	it('has 23 local hours (92 quarter-hours) on the spring-forward day in Warsaw', () => {
		const day = intervalStarts('2026-03-29', '2026-03-29', 'Europe/Warsaw', 15);
		expect(day).toHaveLength(92);
		expect(day[0]).toBe(Date.UTC(2026, 2, 28, 23));
		expect(day.at(-1)! + quarter).toBe(Date.UTC(2026, 2, 29, 22));
		expect(intervalStarts('2026-03-29', '2026-03-29', 'Europe/Warsaw', 60)).toHaveLength(23);
		// Every start is a quarter-hour apart and each lies on that local day.
		for (let i = 1; i < day.length; i++) expect(day[i]! - day[i - 1]!).toBe(quarter);
		expect(new Set(day.map((t) => dayInZone(t, 'Europe/Warsaw')))).toEqual(new Set(['2026-03-29']));
	});

	it('has 25 local hours (100 quarter-hours) on the fall-back day in Warsaw', () => {
		const day = intervalStarts('2026-10-25', '2026-10-25', 'Europe/Warsaw', 15);
		expect(day).toHaveLength(100);
		expect(day[0]).toBe(Date.UTC(2026, 9, 24, 22));
		expect(day.at(-1)! + quarter).toBe(Date.UTC(2026, 9, 25, 23));
		expect(intervalStarts('2026-10-25', '2026-10-25', 'Europe/Warsaw', 30)).toHaveLength(50);
		expect(new Set(day.map((t) => dayInZone(t, 'Europe/Warsaw')))).toEqual(new Set(['2026-10-25']));
	});

	it('spans a DST week without gaps or overlaps', () => {
		const week = intervalStarts('2026-03-23', '2026-03-29', 'Europe/Warsaw', 15);
		expect(week).toHaveLength(6 * 96 + 92);
		expect(new Set(week).size).toBe(week.length);
	});
});

describe('aggregateHistory', () => {
	const at = (minutes: number) => Date.UTC(2026, 0, 5, 8) + minutes * 60_000;
	const rows = [
		{ start: at(0), minutes: 15, offered: 10, handled: 8, ahtSeconds: 100 },
		{ start: at(15), minutes: 15, offered: 6, handled: 2, ahtSeconds: 400 },
		{ start: at(30), minutes: 15, offered: 4, handled: 0, ahtSeconds: null },
		{ start: at(45), minutes: 15, offered: 0, handled: 0, ahtSeconds: null },
		{ start: at(60), minutes: 15, offered: 3, handled: 3, ahtSeconds: 200 }
	];

	it('keeps 15-minute rows as they are', () => {
		const { volume, aht } = aggregateHistory(rows, 15);
		expect(volume.map((p) => p.value)).toEqual([10, 6, 4, 0, 3]);
		// Intervals where nobody was handled give no AHT point.
		expect(aht).toEqual([
			{ start: at(0), value: 100 },
			{ start: at(15), value: 400 },
			{ start: at(60), value: 200 }
		]);
	});

	it('merges into 30 minutes: volumes summed, AHT weighted by handled', () => {
		const { volume, aht } = aggregateHistory(rows, 30);
		expect(volume).toEqual([
			{ start: at(0), value: 16 },
			{ start: at(30), value: 4 },
			{ start: at(60), value: 3 }
		]);
		// (8·100 + 2·400) / 10 = 160, not the plain mean 250; the 08:30 half-hour handled nobody.
		expect(aht).toEqual([
			{ start: at(0), value: 160 },
			{ start: at(60), value: 200 }
		]);
	});

	it('merges into 60 minutes, in time order whatever the input order', () => {
		const { volume, aht } = aggregateHistory([...rows].reverse(), 60);
		expect(volume).toEqual([
			{ start: at(0), value: 20 },
			{ start: at(60), value: 3 }
		]);
		expect(aht).toEqual([
			{ start: at(0), value: 160 },
			{ start: at(60), value: 200 }
		]);
	});

	it('refuses history stored in coarser intervals than asked', () => {
		expect(() => aggregateHistory([{ start: at(0), minutes: 60, offered: 1, handled: 1, ahtSeconds: 60 }], 15)).toThrow(/60-minute intervals/);
		expect(() => aggregateHistory([{ start: at(0), minutes: 30, offered: 1, handled: 1, ahtSeconds: 60 }], 30)).not.toThrow();
	});
});

// --- runs on a database ------------------------------------------------------------------------

let database: Database;
let org: TestOrg;
let queue: Queue;
let emptyQueue: Queue;

const zone = 'Europe/Warsaw';
// Five weeks of history (Monday 26 January to Sunday 1 March 2026), forecast from Monday 2 March.
const historyFirst = '2026-01-26';
const historyDays = 35;
const firstDay = '2026-03-02';
// Monday..Saturday; Sunday closed. Open 08:00–18:00 local (quarter-hours 32..71).
const weekdayFactor = [1.2, 1.1, 1, 1, 0.9, 0.5, 0];

function syntheticHistory(queueId: number) {
	const out: (typeof intervalHistory.$inferInsert)[] = [];
	for (let d = 0; d < historyDays; d++) {
		const day = addDays(historyFirst, d);
		const factor = weekdayFactor[d % 7]!;
		if (factor === 0) continue;
		const midnight = localMidnight(day, zone);
		for (let s = 32; s < 72; s++) {
			const offered = Math.round(factor * (20 + 20 * Math.sin((Math.PI * (s - 32)) / 40)));
			const abandoned = Math.floor(offered * 0.05);
			const handled = offered - abandoned;
			out.push({ queueId, intervalStart: midnight + s * quarter, intervalMinutes: 15, offered, handled, abandoned, ahtSeconds: handled > 0 ? 200 + (s % 4) * 10 : null });
		}
	}
	return out;
}

async function run(options: { queueId?: number; intervalMinutes?: number; weeks?: number; first?: string } = {}): Promise<{ run: Forecast; intervals: Awaited<ReturnType<typeof loadForecastIntervals>> }> {
	const id = await startForecast(database, { queueId: options.queueId ?? queue.id, intervalMinutes: options.intervalMinutes ?? 15, weeks: options.weeks ?? 1, firstDay: options.first ?? firstDay }, org.supervisorId, seedNow);
	await runForecast(database, id);
	const row = (await database.db.select().from(forecasts).where(eq(forecasts.id, id)))[0]!;
	return { run: row, intervals: await loadForecastIntervals(database, id) };
}

const volumeOn = (intervals: { intervalStart: number; volume: number }[], day: string) => intervals.filter((i) => dayInZone(i.intervalStart, zone) === day).reduce((s, i) => s + i.volume, 0);

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	queue = (await database.db.select().from(queues).where(eq(queues.id, org.queueId)))[0]!;
	const rows = syntheticHistory(queue.id);
	await database.write(async (tx) => {
		for (let i = 0; i < rows.length; i += 500) await tx.insert(intervalHistory).values(rows.slice(i, i + 500));
	});
	emptyQueue = (
		await database.write((tx) =>
			tx.insert(queues).values({ organizationId: org.organizationId, name: 'Empty', channel: 'voice', timeZone: zone, serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning()
		)
	)[0]!;
});
afterAll(() => disposeTestDatabase(database));

describe('staffingConfig', () => {
	it('reads the queue, its targets and the shrinkage categories by kind', async () => {
		const bare = await staffingConfig(database, queue);
		expect(bare).toMatchObject({ channel: 'voice', serviceLevel: 0.8, answerSeconds: 20, asaSeconds: undefined, maxOccupancy: undefined, patienceSeconds: undefined, shrinkage: { planned: {}, unplanned: {} } });

		await database.write(async (tx) => {
			await tx.insert(queueTargets).values({ queueId: queue.id, asaSeconds: 30, maxOccupancy: 0.85, patienceSeconds: null });
			await tx.insert(shrinkageCategories).values([
				{ organizationId: org.organizationId, name: 'Breaks', kind: 'planned', share: 0.08 },
				{ organizationId: org.organizationId, name: 'Training', kind: 'planned', share: 0.05 },
				{ organizationId: org.organizationId, name: 'Sickness', kind: 'unplanned', share: 0.04 },
				// Another organization's category never counts.
				{ organizationId: org.otherOrganizationId, name: 'Breaks', kind: 'planned', share: 0.5 }
			]);
		});
		const config = await staffingConfig(database, queue);
		expect(config).toMatchObject({ asaSeconds: 30, maxOccupancy: 0.85, patienceSeconds: undefined, concurrency: queue.concurrency });
		expect(config.shrinkage).toEqual({ planned: { Breaks: 0.08, Training: 0.05 }, unplanned: { Sickness: 0.04 } });
	});
});

describe('startForecast + runForecast', () => {
	let base: Awaited<ReturnType<typeof run>>;
	beforeAll(async () => {
		base = await run();
	});

	it('starts a running row with an audit entry', async () => {
		const id = await startForecast(database, { queueId: queue.id, intervalMinutes: 60, weeks: 2, firstDay }, org.supervisorId, seedNow);
		const row = (await database.db.select().from(forecasts).where(eq(forecasts.id, id)))[0]!;
		expect(row).toMatchObject({ status: 'running', progress: 0, firstDay, lastDay: addDays(firstDay, 13), intervalMinutes: 60, saved: false });
		const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'forecast.start'), eq(auditLog.entityId, String(id))));
		expect(audit).toHaveLength(1);
		await database.write((tx) => tx.delete(forecasts).where(eq(forecasts.id, id)));
	});

	it('runs to done with a method, a finite WAPE and one row per quarter-hour', () => {
		const { run: r, intervals } = base;
		expect(r.status).toBe('done');
		expect(r.error).toBeNull();
		expect(r.progress).toBe(1);
		expect(r.method).toEqual(expect.any(String));
		expect(r.ahtMethod).toEqual(expect.any(String));
		expect(Number.isFinite(r.wape)).toBe(true);
		expect(r.wape).toBeGreaterThanOrEqual(0);
		expect(r.staffing).toMatchObject({ serviceLevel: 0.8, answerSeconds: 20 });
		expect(intervals).toHaveLength(7 * 96);
		expect(intervals[0]!.intervalStart).toBe(localMidnight(firstDay, zone));
	});

	it('staffs every interval: required ≥ 0, scheduled ≥ required, closed intervals need nobody', () => {
		const { intervals } = base;
		for (const i of intervals) {
			expect(i.requiredAgents).toBeGreaterThanOrEqual(0);
			expect(i.scheduledAgents).toBeGreaterThanOrEqual(i.requiredAgents);
			expect(i.lower).toBeLessThanOrEqual(i.volume);
			expect(i.upper).toBeGreaterThanOrEqual(i.volume);
			if (i.volume === 0) {
				expect(i.requiredAgents).toBe(0);
				expect(i.scheduledAgents).toBe(0);
			}
		}
		// Night and Sunday are closed; weekday middays are busy and staffed, scheduled above required (shrinkage).
		const night = intervals.filter((i) => new Date(i.intervalStart).getUTCHours() === 1);
		expect(night.length).toBeGreaterThan(0);
		expect(night.every((i) => i.volume === 0)).toBe(true);
		expect(volumeOn(intervals, '2026-03-08')).toBe(0);
		const busy = intervals.filter((i) => i.volume > 10);
		expect(busy.length).toBeGreaterThan(0);
		expect(busy.every((i) => i.requiredAgents > 0 && i.scheduledAgents > i.requiredAgents)).toBe(true);
		// The weekday pattern carries over: Monday above Saturday.
		expect(volumeOn(intervals, '2026-03-02')).toBeGreaterThan(volumeOn(intervals, '2026-03-07'));
	});

	it('fails a queue with no history with a clear error and stores no intervals', async () => {
		const { run: r, intervals } = await run({ queueId: emptyQueue.id });
		expect(r.status).toBe('failed');
		expect(r.error).toMatch(/no interval history/);
		expect(intervals).toEqual([]);
	});

	it('fails a run in finer intervals than the history is stored in', async () => {
		const hourly = (
			await database.write((tx) =>
				tx.insert(queues).values({ organizationId: org.organizationId, name: 'Hourly', channel: 'voice', timeZone: zone, serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning()
			)
		)[0]!;
		await database.write((tx) =>
			tx.insert(intervalHistory).values({ queueId: hourly.id, intervalStart: localMidnight('2026-02-02', zone) + 9 * hour, intervalMinutes: 60, offered: 10, handled: 10, abandoned: 0, ahtSeconds: 200 })
		);
		const { run: r, intervals } = await run({ queueId: hourly.id, intervalMinutes: 15 });
		expect(r.status).toBe('failed');
		expect(r.error).toMatch(/60-minute intervals/);
		expect(intervals).toEqual([]);
	});

	it('scales a special day by its multiplier and leaves the other days alone', async () => {
		const ids = await database.write(async (tx) =>
			tx
				.insert(specialDays)
				.values([
					{ organizationId: org.organizationId, queueId: queue.id, day: '2026-03-03', kind: 'holiday', note: 'closed', forecastMultiplier: 0 },
					{ organizationId: org.organizationId, queueId: null, day: '2026-03-04', kind: 'event', note: 'half day', forecastMultiplier: 0.5 },
					{ organizationId: org.organizationId, queueId: queue.id, day: '2026-03-05', kind: 'outage', note: 'no multiplier', forecastMultiplier: null },
					// Another organization's day never applies.
					{ organizationId: org.otherOrganizationId, queueId: null, day: '2026-03-02', kind: 'holiday', note: '', forecastMultiplier: 0 }
				])
				.returning({ id: specialDays.id })
		);
		try {
			const { run: r, intervals } = await run();
			expect(r.status).toBe('done');
			expect(intervals).toHaveLength(base.intervals.length);
			expect(volumeOn(base.intervals, '2026-03-03')).toBeGreaterThan(0);
			expect(volumeOn(intervals, '2026-03-03')).toBe(0);
			expect(intervals.filter((i) => dayInZone(i.intervalStart, zone) === '2026-03-03').every((i) => i.requiredAgents === 0 && i.scheduledAgents === 0)).toBe(true);
			expect(volumeOn(intervals, '2026-03-04')).toBeCloseTo(volumeOn(base.intervals, '2026-03-04') / 2, 6);
			for (const day of ['2026-03-02', '2026-03-05', '2026-03-06', '2026-03-07']) expect(volumeOn(intervals, day)).toBeCloseTo(volumeOn(base.intervals, day), 6);
		} finally {
			for (const { id } of ids) await database.write((tx) => tx.delete(specialDays).where(eq(specialDays.id, id)));
		}
	});

	it('runs when a day is special both for every queue and for this queue: the queue’s own multiplier wins', async () => {
		const ids = await database.write(async (tx) =>
			tx
				.insert(specialDays)
				.values([
					{ organizationId: org.organizationId, queueId: queue.id, day: '2026-03-03', kind: 'event', note: 'queue', forecastMultiplier: 2 },
					{ organizationId: org.organizationId, queueId: null, day: '2026-03-03', kind: 'holiday', note: 'everyone', forecastMultiplier: 0 }
				])
				.returning({ id: specialDays.id })
		);
		try {
			const { run: r } = await run({ intervalMinutes: 60 });
			const { run: plain, intervals: plainIntervals } = await (async () => {
				for (const { id } of ids) await database.write((tx) => tx.delete(specialDays).where(eq(specialDays.id, id)));
				return run({ intervalMinutes: 60 });
			})();
			expect(r.status, r.error ?? '').toBe('done');
			expect(plain.status).toBe('done');
			const withDay = await loadForecastIntervals(database, r.id);
			expect(volumeOn(withDay, '2026-03-03')).toBeCloseTo(2 * volumeOn(plainIntervals, '2026-03-03'), 6);
		} finally {
			for (const { id } of ids) await database.write((tx) => tx.delete(specialDays).where(eq(specialDays.id, id)));
		}
	});
});

describe('failStaleForecasts', () => {
	it('marks only runs still running and older than the limit as failed', async () => {
		const now = seedNow + 24 * hour;
		const insert = (status: 'running' | 'done' | 'failed', createdAt: number) =>
			database.write(async (tx) => (await tx.insert(forecasts).values({ queueId: queue.id, createdAt, intervalMinutes: 60, firstDay, lastDay: firstDay, status, progress: 0.5 }).returning())[0]!);
		const stale = await insert('running', now - staleAfterMs - 1);
		const fresh = await insert('running', now - staleAfterMs + 60_000);
		const oldDone = await insert('done', now - 10 * staleAfterMs);
		await failStaleForecasts(database, now);
		const status = async (id: number) => (await database.db.select().from(forecasts).where(eq(forecasts.id, id)))[0]!;
		expect(await status(stale.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
		expect(await status(fresh.id)).toMatchObject({ status: 'running', error: null });
		expect(await status(oldDone.id)).toMatchObject({ status: 'done', error: null });
		for (const id of [stale.id, fresh.id, oldDone.id]) await database.write((tx) => tx.delete(forecasts).where(eq(forecasts.id, id)));
	});
});

describe('saveForecast', () => {
	const savedOf = async (queueId: number) => (await database.db.select({ id: forecasts.id }).from(forecasts).where(and(eq(forecasts.queueId, queueId), eq(forecasts.saved, true)))).map((r) => r.id);
	const insert = (queueId: number, status: 'running' | 'done' | 'failed') =>
		database.write(async (tx) => (await tx.insert(forecasts).values({ queueId, createdAt: seedNow, intervalMinutes: 60, firstDay, lastDay: firstDay, status }).returning({ id: forecasts.id }))[0]!.id);
	const saveAudits = async () => (await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'forecast.save')))[0]!.n;

	it('keeps at most one saved forecast per queue', async () => {
		const a = await insert(queue.id, 'done');
		const b = await insert(queue.id, 'done');
		const other = await insert(emptyQueue.id, 'done');
		expect(await saveForecast(database, a, queue.id, org.supervisorId, seedNow)).toBe(true);
		expect(await saveForecast(database, other, emptyQueue.id, org.supervisorId, seedNow)).toBe(true);
		expect(await savedOf(queue.id)).toEqual([a]);
		expect(await saveForecast(database, b, queue.id, org.supervisorId, seedNow)).toBe(true);
		expect(await savedOf(queue.id)).toEqual([b]);
		// Saving in one queue leaves another queue's saved forecast alone.
		expect(await savedOf(emptyQueue.id)).toEqual([other]);
		// The partial unique index refuses a second saved row even when written directly.
		expect(await failureOf(database.write((tx) => tx.update(forecasts).set({ saved: true }).where(eq(forecasts.id, a))))).toMatch(/UNIQUE/);
		expect(await savedOf(queue.id)).toEqual([b]);
	});

	it('refuses a failed or running forecast, or one of another queue, and keeps the saved one', async () => {
		const [saved] = await savedOf(queue.id);
		expect(saved).toBeDefined();
		const failed = await insert(queue.id, 'failed');
		const running = await insert(queue.id, 'running');
		const otherQueue = await insert(emptyQueue.id, 'done');
		const audits = await saveAudits();
		expect(await saveForecast(database, failed, queue.id, org.supervisorId, seedNow)).toBe(false);
		expect(await saveForecast(database, running, queue.id, org.supervisorId, seedNow)).toBe(false);
		expect(await saveForecast(database, otherQueue, queue.id, org.supervisorId, seedNow)).toBe(false);
		expect(await saveForecast(database, 999_999, queue.id, org.supervisorId, seedNow)).toBe(false);
		expect(await savedOf(queue.id)).toEqual([saved]);
		const flags = await database.db.select({ id: forecasts.id, saved: forecasts.saved }).from(forecasts).where(eq(forecasts.saved, true));
		expect(flags.map((f) => f.id)).not.toContain(failed);
		expect(flags.map((f) => f.id)).not.toContain(running);
		expect(flags.map((f) => f.id)).not.toContain(otherQueue);
		expect(await saveAudits()).toBe(audits);
	});
});

describe('forecast intervals', () => {
	it('are removed with their forecast', async () => {
		const { run: r } = await run({ intervalMinutes: 60 });
		expect((await database.db.select({ n: count() }).from(forecastIntervals).where(eq(forecastIntervals.forecastId, r.id)))[0]!.n).toBe(7 * 24);
		await database.write((tx) => tx.delete(forecasts).where(eq(forecasts.id, r.id)));
		expect((await database.db.select({ n: count() }).from(forecastIntervals).where(eq(forecastIntervals.forecastId, r.id)))[0]!.n).toBe(0);
	});
});
