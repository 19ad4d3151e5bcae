// Multi-seasonal harmonic regression.
// Model: sqrt(y) = b0 + b1 * trend + sum over harmonic orders k of (a_k cos + c_k sin)(2 pi k u / P),
// where u is the interval's position in the local week and P the week's length in intervals. The
// orders are the weekly ones 1..weeklyOrders (day-of-week levels), the daily ones 7j for j = 1..
// dailyOrders (the within-day shape), and 7j +- 1..interaction (how the within-day shape differs by
// weekday). Least squares over the last `weeks` weeks, only intervals that were open (present) enter,
// so days with different opening hours are fine. Forecasts are squared back with the residual
// variance added (E[y] = E[sqrt y]^2 + Var sqrt y). The square root stabilises Poisson-like count
// variance (Weinberg, Brown & Stroud 2007 model root-transformed call counts).
// Source: Hyndman & Athanasopoulos, FPP3 §12.1 and §10.5 (dynamic harmonic regression with Fourier
// terms for the daily and weekly periods of the bank_calls series), here without ARMA errors.
// Averages (aggregate 'mean', e.g. AHT) are fitted untransformed.
// Limits: the level only moves through the linear trend, so it adapts to level shifts slowly (the
// window bounds how slowly); harmonics ring near sharp opening/closing edges.
import { weekdayAt, type DayGrid } from './grid';
import { NormalEquations } from './least-squares';

export interface FourierOptions {
	weeks: number;
	dailyOrders: number;
	weeklyOrders: number;
	interaction: number;
	trend: boolean;
}

export const defaultFourierOptions: FourierOptions = { weeks: 12, dailyOrders: 12, weeklyOrders: 3, interaction: 1, trend: true };

/** Harmonic orders of the weekly period used for `slots` intervals a day (deduplicated, below Nyquist). */
export function harmonicOrders(slots: number, options: FourierOptions): number[] {
	const week = 7 * slots;
	const orders = new Set<number>();
	for (let k = 1; k <= options.weeklyOrders; k++) orders.add(k);
	const daily = Math.min(options.dailyOrders, Math.floor((slots - 1) / 2));
	for (let j = 1; j <= daily; j++) {
		for (let m = -options.interaction; m <= options.interaction; m++) {
			const k = 7 * j + m;
			if (k >= 1) orders.add(k);
		}
	}
	return [...orders].filter((k) => 2 * k < week).sort((a, b) => a - b);
}

export function fourierRegression(train: DayGrid, horizon: number, aggregate: 'sum' | 'mean' = 'sum', options: FourierOptions = defaultFourierOptions): Float64Array {
	const { slots, values } = train;
	// Counts on the square-root scale; averages (AHT) as they are.
	const root = aggregate === 'sum';
	const forward = (v: number) => (root ? Math.sqrt(Math.max(0, v)) : v);
	const week = 7 * slots;
	const orders = harmonicOrders(slots, options);
	const base = options.trend ? 2 : 1;
	const p = base + 2 * orders.length;
	// Precompute the harmonic part of every position of the week once.
	const table = new Float64Array(week * 2 * orders.length);
	for (let u = 0; u < week; u++) {
		for (let i = 0; i < orders.length; i++) {
			const angle = (2 * Math.PI * orders[i]! * u) / week;
			table[u * 2 * orders.length + 2 * i] = Math.cos(angle);
			table[u * 2 * orders.length + 2 * i + 1] = Math.sin(angle);
		}
	}
	const start = Math.max(0, train.days - options.weeks * 7);
	const span = Math.max(1, train.days - start);
	const trendOf = (d: number) => (d - train.days) / span; // 0 at the origin, -1 at the window start
	const x = new Float64Array(p);
	const fill = (d: number, s: number) => {
		x[0] = 1;
		if (options.trend) x[1] = trendOf(d);
		const u = weekdayAt(train, d) * slots + s;
		const offset = u * 2 * orders.length;
		for (let i = 0; i < 2 * orders.length; i++) x[base + i] = table[offset + i]!;
	};
	const equations = new NormalEquations(p);
	const rows: number[] = [];
	for (let d = start; d < train.days; d++) {
		if (!train.open[d]) continue;
		for (let s = 0; s < slots; s++) {
			const v = values[d * slots + s]!;
			if (Number.isNaN(v)) continue;
			fill(d, s);
			equations.add(x, forward(v));
			rows.push(d * slots + s);
		}
	}
	const out = new Float64Array(horizon * slots);
	if (equations.count === 0) return out;
	// Columns the open hours cannot pin down get a gentle pull to 0 instead of wild values.
	const beta = equations.solve(1e-6);
	let rss = 0;
	for (const cell of rows) {
		const d = Math.floor(cell / slots);
		fill(d, cell - d * slots);
		let fitted = 0;
		for (let i = 0; i < p; i++) fitted += beta[i]! * x[i]!;
		const r = forward(values[cell]!) - fitted;
		rss += r * r;
	}
	const variance = rows.length > p ? rss / (rows.length - p) : 0;
	for (let h = 0; h < horizon; h++) {
		for (let s = 0; s < slots; s++) {
			fill(train.days + h, s);
			let fitted = 0;
			for (let i = 0; i < p; i++) fitted += beta[i]! * x[i]!;
			out[h * slots + s] = root ? Math.max(0, fitted) ** 2 + variance : Math.max(0, fitted);
		}
	}
	return out;
}
