// Forecast runs: load a queue's interval history, forecast offered volume and AHT per interval
// (method chosen by backtest), turn them into the requirement with the staffing engine, and
// store it all. A run is a row that goes running → done | failed with its progress, so any app
// server (and the page that polls it) sees where it is.
// Limit: the engines run on this process's event loop; a run of a few seconds delays other
// requests on this server by as much. A run left 'running' by a process that died is reported
// failed once it is older than `staleAfterMs`.
import { and, asc, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import type { Database } from './db';
import { forecastIntervals, forecasts, queues, queueTargets, shrinkageCategories, specialDays, type Forecast, type Queue } from './db/schema';
import { loadHistory } from './history';
import { recordAudit } from './audit';
import { forecast, type DayOverride, type SeriesPoint } from '$lib/domain/forecast/engine';
import { staffQueue, type QueueStaffingConfig } from '$lib/domain/staffing/interval-staffing';
import type { ShrinkageCategories } from '$lib/domain/staffing/shrinkage';
import { addDays } from '$lib/domain/people/turnover';

export const forecastIntervalChoices = [15, 30, 60] as const;
export const maxForecastWeeks = 6;
// Training window: enough for yearly-ish drift to matter little and for the weekly methods' backtests.
export const trainingWeeks = 26;
export const staleAfterMs = 10 * 60 * 1000;

export interface ForecastOptions {
	queueId: number;
	intervalMinutes: number;
	weeks: number;
	firstDay: string;
}

/** UTC ms of local midnight starting `day` in `timeZone`. */
export function localMidnight(day: string, timeZone: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime();
}

/** Every interval start from `firstDay` through `lastDay` (local days, inclusive). */
export function intervalStarts(firstDay: string, lastDay: string, timeZone: string, intervalMinutes: number): number[] {
	const step = intervalMinutes * 60_000;
	const from = Math.ceil(localMidnight(firstDay, timeZone) / step) * step;
	const to = localMidnight(addDays(lastDay, 1), timeZone);
	const out: number[] = [];
	for (let t = from; t < to; t += step) out.push(t);
	return out;
}

/**
 * History re-cut to `intervalMinutes`: volumes summed, AHT weighted by handled contacts. Stored
 * intervals finer than asked are merged; coarser ones cannot be split, so they are refused.
 */
export function aggregateHistory(rows: readonly { start: number; minutes: number; offered: number; handled: number; ahtSeconds: number | null }[], intervalMinutes: number) {
	const step = intervalMinutes * 60_000;
	const buckets = new Map<number, { offered: number; handled: number; handleSeconds: number }>();
	for (const row of rows) {
		if (row.minutes > intervalMinutes) throw new Error(`history is stored in ${row.minutes}-minute intervals; forecast in ${row.minutes} minutes or more`);
		const key = Math.floor(row.start / step) * step;
		const bucket = buckets.get(key) ?? { offered: 0, handled: 0, handleSeconds: 0 };
		bucket.offered += row.offered;
		bucket.handled += row.handled;
		bucket.handleSeconds += row.handled * (row.ahtSeconds ?? 0);
		buckets.set(key, bucket);
	}
	const volume: SeriesPoint[] = [];
	const aht: SeriesPoint[] = [];
	for (const [start, b] of [...buckets.entries()].sort((a, c) => a[0] - c[0])) {
		volume.push({ start, value: b.offered });
		if (b.handled > 0) aht.push({ start, value: b.handleSeconds / b.handled });
	}
	return { volume, aht };
}

export async function staffingConfig(database: Database, queue: Queue): Promise<QueueStaffingConfig> {
	const targets = (await database.db.select().from(queueTargets).where(eq(queueTargets.queueId, queue.id)).limit(1))[0];
	const categories = await database.db.select().from(shrinkageCategories).where(eq(shrinkageCategories.organizationId, queue.organizationId));
	const shrinkage: ShrinkageCategories = { planned: {}, unplanned: {} };
	for (const c of categories) shrinkage[c.kind]![c.name] = c.share;
	return {
		channel: queue.channel,
		intervalMinutes: 15,
		serviceLevel: queue.serviceLevelTarget,
		answerSeconds: queue.serviceLevelSeconds,
		asaSeconds: targets?.asaSeconds ?? undefined,
		maxOccupancy: targets?.maxOccupancy ?? undefined,
		patienceSeconds: targets?.patienceSeconds ?? undefined,
		concurrency: queue.concurrency,
		shrinkage
	};
}

export async function startForecast(database: Database, options: ForecastOptions, actorId: number | null, now: number): Promise<number> {
	const lastDay = addDays(options.firstDay, options.weeks * 7 - 1);
	const id = await database.write(async (tx) => {
		const [row] = await tx
			.insert(forecasts)
			.values({ queueId: options.queueId, createdBy: actorId, createdAt: now, intervalMinutes: options.intervalMinutes, firstDay: options.firstDay, lastDay, status: 'running', progress: 0 })
			.returning({ id: forecasts.id });
		await recordAudit(tx, { actorId, action: 'forecast.start', entity: 'forecast', entityId: row!.id, detail: { ...options } }, now);
		return row!.id;
	});
	return id;
}

async function setProgress(database: Database, id: number, progress: number) {
	await database.write((tx) => tx.update(forecasts).set({ progress }).where(eq(forecasts.id, id)));
}

/** Runs a started forecast to the end; failures are stored on the row, never thrown. */
export async function runForecast(database: Database, id: number): Promise<void> {
	try {
		const run = (await database.db.select().from(forecasts).where(eq(forecasts.id, id)).limit(1))[0];
		if (!run) return;
		const queue = (await database.db.select().from(queues).where(eq(queues.id, run.queueId)).limit(1))[0]!;
		const firstMs = localMidnight(run.firstDay, queue.timeZone);
		const rows = await loadHistory(database.db, queue.id, firstMs - trainingWeeks * 7 * 86_400_000, firstMs);
		if (rows.length === 0) throw new Error('no interval history before the first forecast day; import history first');
		const { volume, aht } = aggregateHistory(rows, run.intervalMinutes);
		const special = await database.db
			.select()
			.from(specialDays)
			.where(and(eq(specialDays.organizationId, queue.organizationId), or(isNull(specialDays.queueId), eq(specialDays.queueId, queue.id))));
		// One override per day (the engine refuses two): a day set for this queue wins over one set
		// for every queue, and among equals the one added last.
		const multipliers = new Map<string, number>();
		for (const d of [...special].sort((a, b) => Number(a.queueId !== null) - Number(b.queueId !== null) || a.id - b.id))
			if (d.forecastMultiplier !== null && d.day >= run.firstDay && d.day <= run.lastDay) multipliers.set(d.day, d.forecastMultiplier);
		const overrides: DayOverride[] = [...multipliers].map(([day, multiplier]) => ({ day, multiplier }));
		const starts = intervalStarts(run.firstDay, run.lastDay, queue.timeZone, run.intervalMinutes);
		await setProgress(database, id, 0.1);

		const common = { intervalMinutes: run.intervalMinutes, starts, timeZone: queue.timeZone, specialDays: [...new Set(special.map((d) => d.day))] };
		const volumeForecast = forecast({ ...common, history: volume, overrides, aggregate: 'sum' });
		await setProgress(database, id, 0.6);
		const ahtForecast = forecast({ ...common, history: aht, aggregate: 'mean', methods: ['seasonal_naive', 'holt_winters_profile', 'fourier_regression'] });
		await setProgress(database, id, 0.85);

		// A slot never open has AHT 0 forecast; staffing needs a handle time only where volume > 0.
		const meanAht = aht.reduce((s, p) => s + p.value, 0) / Math.max(1, aht.length);
		const config = { ...(await staffingConfig(database, queue)), intervalMinutes: run.intervalMinutes };
		const intervals = volumeForecast.points.map((p, i) => ({
			start: new Date(p.start).toISOString(),
			volume: p.value,
			ahtSeconds: (ahtForecast.points[i]?.value ?? 0) > 0 ? ahtForecast.points[i]!.value : meanAht
		}));
		const requirement = staffQueue(intervals, config);

		await database.write(async (tx) => {
			for (let i = 0; i < requirement.length; i += 400) {
				await tx.insert(forecastIntervals).values(
					requirement.slice(i, i + 400).map((r, j) => {
						const k = i + j;
						const point = volumeForecast.points[k]!;
						return {
							forecastId: id,
							intervalStart: point.start,
							volume: point.value,
							lower: point.lower,
							upper: point.upper,
							ahtSeconds: intervals[k]!.ahtSeconds,
							requiredAgents: r.agents,
							scheduledAgents: r.scheduled,
							serviceLevel: Number.isFinite(r.serviceLevel) ? r.serviceLevel : null,
							occupancy: Number.isFinite(r.occupancy) ? r.occupancy : null
						};
					})
				);
			}
			await tx
				.update(forecasts)
				.set({
					status: 'done',
					progress: 1,
					method: volumeForecast.method,
					ahtMethod: ahtForecast.method,
					wape: volumeForecast.backtest.wape,
					backtest: Object.fromEntries(Object.entries(volumeForecast.backtest.methods).filter((e): e is [string, number] => typeof e[1] === 'number')),
					staffing: {
						serviceLevel: config.serviceLevel,
						answerSeconds: config.answerSeconds,
						asaSeconds: config.asaSeconds ?? null,
						maxOccupancy: config.maxOccupancy ?? null,
						patienceSeconds: config.patienceSeconds ?? null,
						concurrency: config.concurrency ?? 1
					}
				})
				.where(eq(forecasts.id, id));
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		await database.write((tx) => tx.update(forecasts).set({ status: 'failed', error: message.slice(0, 500) }).where(eq(forecasts.id, id)));
	}
}

/** Marks runs abandoned by a process that died as failed, so nobody waits on them forever. */
export async function failStaleForecasts(database: Database, now: number): Promise<void> {
	await database.write((tx) =>
		tx
			.update(forecasts)
			.set({ status: 'failed', error: 'the run was interrupted (server restarted); run it again' })
			.where(and(eq(forecasts.status, 'running'), lt(forecasts.createdAt, now - staleAfterMs)))
	);
}

export async function listForecasts(database: Database, queueId: number, limit = 12): Promise<Forecast[]> {
	return database.db.select().from(forecasts).where(eq(forecasts.queueId, queueId)).orderBy(desc(forecasts.createdAt), desc(forecasts.id)).limit(limit);
}

export async function getForecast(database: Database, organizationId: number, forecastId: number) {
	const row = (
		await database.db
			.select({ forecast: forecasts, queue: queues })
			.from(forecasts)
			.innerJoin(queues, eq(queues.id, forecasts.queueId))
			.where(and(eq(forecasts.id, forecastId), eq(queues.organizationId, organizationId)))
			.limit(1)
	)[0];
	return row ?? null;
}

export async function loadForecastIntervals(database: Database, forecastId: number) {
	return database.db.select().from(forecastIntervals).where(eq(forecastIntervals.forecastId, forecastId)).orderBy(asc(forecastIntervals.intervalStart));
}

/**
 * Makes this forecast the one the scheduler plans against for its queue. Only a finished run of
 * that queue can be saved; otherwise nothing changes (the saved one stays) and it returns false.
 */
export async function saveForecast(database: Database, forecastId: number, queueId: number, actorId: number | null, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const target = await tx.select({ id: forecasts.id }).from(forecasts).where(and(eq(forecasts.id, forecastId), eq(forecasts.queueId, queueId), eq(forecasts.status, 'done'))).limit(1);
		if (!target.length) return false;
		await tx.update(forecasts).set({ saved: false }).where(and(eq(forecasts.queueId, queueId), eq(forecasts.saved, true)));
		await tx.update(forecasts).set({ saved: true }).where(eq(forecasts.id, forecastId));
		await recordAudit(tx, { actorId, action: 'forecast.save', entity: 'forecast', entityId: forecastId }, now);
		return true;
	});
}
