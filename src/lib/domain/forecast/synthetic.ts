// Deterministic synthetic call-arrival series for tests and benchmarks.
// Model: Poisson arrivals whose rate is day level (weekday factor x slow trend) x an intraday
// double-hump shape over the opening hours; closed intervals are left out, as in real history.
// Source: the inhomogeneous Poisson model of call arrivals (Brown et al. 2005, JASA 100(469) §4).
// Limits: a seeded linear congruential generator (Numerical Recipes constants), not a statistical RNG;
// Poisson draws by inversion below rate 30 and by a rounded normal approximation above.
import type { SeriesPoint } from './engine';

export function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return (state + 0.5) / 4294967296;
	};
}

export function poisson(rate: number, random: () => number): number {
	if (rate <= 0) return 0;
	if (rate > 30) {
		// Box-Muller normal approximation N(rate, rate).
		const z = Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
		return Math.max(0, Math.round(rate + Math.sqrt(rate) * z));
	}
	let k = 0;
	let p = Math.exp(-rate);
	let cumulative = p;
	const u = random();
	while (u > cumulative && k < 1000) {
		k++;
		p *= rate / k;
		cumulative += p;
	}
	return k;
}

export interface SyntheticOptions {
	/** UTC ms of the first day's midnight. */
	from: number;
	days: number;
	intervalMinutes: number;
	/** Opening hours [open, close) in minutes after midnight, per weekday 0 = Sunday; null = closed. */
	hours?: ([number, number] | null)[];
	/** Mean calls per open interval on a typical day. */
	meanPerInterval?: number;
	seed?: number;
	/** Relative level change per 30 days. */
	trendPerMonth?: number;
}

const defaultHours: ([number, number] | null)[] = [null, [480, 1200], [480, 1200], [480, 1200], [480, 1200], [480, 1200], [540, 780]];
const weekdayFactor = [0.5, 1.25, 1.05, 1, 0.97, 0.93, 0.6];

/** The rate of one interval (calls per interval), 0 when closed. */
export function syntheticRate(options: SyntheticOptions, ms: number): number {
	const hours = options.hours ?? defaultHours;
	const day = Math.floor((ms - options.from) / 86_400_000);
	const weekday = (((Math.floor(ms / 86_400_000) + 4) % 7) + 7) % 7;
	const open = hours[weekday];
	if (!open) return 0;
	const minute = Math.floor((ms % 86_400_000) / 60_000);
	if (minute < open[0] || minute >= open[1]) return 0;
	const x = (minute - open[0]) / (open[1] - open[0]);
	const shape = 0.35 + Math.exp(-(((x - 0.25) / 0.15) ** 2)) + 0.8 * Math.exp(-(((x - 0.65) / 0.18) ** 2));
	const trend = 1 + (options.trendPerMonth ?? 0) * (day / 30);
	return (options.meanPerInterval ?? 20) * (weekdayFactor[weekday] ?? 1) * trend * shape * 0.85;
}

/** Open intervals only (closed ones absent), in time order. */
export function syntheticSeries(options: SyntheticOptions): SeriesPoint[] {
	const random = lcg(options.seed ?? 1);
	const step = options.intervalMinutes * 60_000;
	const out: SeriesPoint[] = [];
	const end = options.from + options.days * 86_400_000;
	for (let ms = options.from; ms < end; ms += step) {
		const rate = syntheticRate(options, ms);
		if (rate > 0) out.push({ start: ms, value: poisson(rate, random) });
	}
	return out;
}
