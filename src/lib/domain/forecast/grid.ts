// The day x interval grid the forecast models work on.
// Model: an interval series (UTC start ms, value) is laid out as rows = local calendar days in the
// queue's IANA time zone and columns = wall-clock interval of the day (slot), so weekly and daily
// seasonality are the row's weekday and the column. Absent cells (NaN) are closed intervals.
// Source: the day-by-interval matrix is the usual layout for intraday call arrivals (Shen & Huang
// 2005; Weinberg, Brown & Stroud 2007).
// Limits: the interval length must divide a day (5, 6, 10, 15, 30, 60 min ...). On a daylight-saving
// change the wall clock is the key: the skipped hour has no cells, and the repeated hour's two UTC
// intervals share one cell (their history values are averaged; both requested starts get the cell's
// forecast). Zone offsets are looked up per UTC quarter hour, which holds for every modern zone
// (offsets and transitions fall on quarter hours).

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const QUARTER_MS = 15 * MINUTE_MS;

/** Offset (ms) to add to a UTC instant to get the wall clock of `timeZone` there. Cached per quarter hour. */
export function zoneOffsetLookup(timeZone: string): (utcMs: number) => number {
	if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return () => 0;
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	});
	const cache = new Map<number, number>();
	return (utcMs: number) => {
		const key = Math.floor(utcMs / QUARTER_MS);
		const hit = cache.get(key);
		if (hit !== undefined) return hit;
		const at = key * QUARTER_MS;
		const parts: Record<string, number> = {};
		for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
		const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
		const offset = wall - at;
		cache.set(key, offset);
		return offset;
	};
}

/** Local day number (days since 1970-01-01 on the wall clock) of a 'YYYY-MM-DD'. */
export function dayNumberOf(day: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayStringOf(dayNumber: number): string {
	return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday for a local day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
	return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Where a UTC instant falls on the local grid: day number, slot of day, and whether it is aligned. */
export interface CellPosition {
	dayNumber: number;
	slot: number;
	aligned: boolean;
}

export function makeLocator(intervalMinutes: number, timeZone: string): (utcMs: number) => CellPosition {
	const intervalMs = intervalMinutes * MINUTE_MS;
	const offsetOf = zoneOffsetLookup(timeZone);
	return (utcMs: number) => {
		const wall = utcMs + offsetOf(utcMs);
		const dayNumber = Math.floor(wall / DAY_MS);
		const intoDay = wall - dayNumber * DAY_MS;
		return { dayNumber, slot: Math.floor(intoDay / intervalMs), aligned: intoDay % intervalMs === 0 };
	};
}

/**
 * A series laid out by day. `values[d * slots + s]` is the value of slot s on day `firstDay + d`;
 * NaN where the interval was absent (closed). `open[d]` is 1 for days with at least one value that
 * are not special days (the days a model may learn from).
 */
export interface DayGrid {
	slots: number;
	firstDay: number;
	days: number;
	values: Float64Array;
	open: Uint8Array;
	/** Optional, may run past `days`: 1 for listed special days, including ones after the origin (known closures). */
	special?: Uint8Array;
}

export function weekdayAt(grid: Pick<DayGrid, 'firstDay'>, d: number): number {
	return weekdayOf(grid.firstDay + d);
}

/** A view of the grid's first `days` days (a training view for a backtest origin). Special days stay whole: they are known in advance. */
export function truncateGrid(grid: DayGrid, days: number): DayGrid {
	return {
		slots: grid.slots,
		firstDay: grid.firstDay,
		days,
		values: grid.values.subarray(0, days * grid.slots),
		open: grid.open.subarray(0, days),
		...(grid.special ? { special: grid.special } : {})
	};
}

/** Per weekday x slot: 1 when the slot held a value on some open day of that weekday in the grid. */
export function everOpen(grid: DayGrid): Uint8Array {
	const { slots, values } = grid;
	const seen = new Uint8Array(7 * slots);
	for (let d = 0; d < grid.days; d++) {
		if (!grid.open[d]) continue;
		const base = weekdayAt(grid, d) * slots;
		const row = d * slots;
		for (let s = 0; s < slots; s++) if (!Number.isNaN(values[row + s]!)) seen[base + s] = 1;
	}
	return seen;
}

/** Day totals (sum of present values) or day means (for averages such as AHT); NaN for days not open. */
export function dayLevels(grid: DayGrid, aggregate: 'sum' | 'mean'): Float64Array {
	const { slots, values } = grid;
	const out = new Float64Array(grid.days).fill(Number.NaN);
	for (let d = 0; d < grid.days; d++) {
		if (!grid.open[d]) continue;
		let sum = 0;
		let n = 0;
		for (let s = d * slots, end = s + slots; s < end; s++) {
			const v = values[s]!;
			if (!Number.isNaN(v)) {
				sum += v;
				n++;
			}
		}
		out[d] = aggregate === 'sum' ? sum : n > 0 ? sum / n : Number.NaN;
	}
	return out;
}
