// Prediction intervals from backtest errors (empirical quantiles), and the error measures.
// Model: standardised errors z = (actual - forecast) / scale(forecast), with scale = sqrt(f + 1) for
// counts (Poisson-like: variance grows with the mean) and scale = f for averages such as AHT (relative
// error). Errors are grouped into up to five bins of equal size by forecast level, and each bin keeps
// its own lower and upper quantile of z; a new forecast uses the bin its level falls in.
// Source: empirical prediction intervals from out-of-sample errors, Williams & Goodman (1971)
// JASA 66(336); Hyndman & Athanasopoulos FPP3 §5.5 (intervals from bootstrapped/empirical residuals).
// Limits: assumes the backtest's error distribution carries over to the forecast period; intervals
// are per interval (marginal), not joint over a day; with fewer than 50 errors one bin is used.
// The lower bound is floored at 0, and the band always contains the point forecast.

/** Quantile by linear interpolation between order statistics (Hyndman & Fan 1996, type 7). `sorted` ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) return Number.NaN;
	const h = (n - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(h);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export type Aggregate = 'sum' | 'mean';

export function errorScale(forecast: number, aggregate: Aggregate): number {
	return aggregate === 'sum' ? Math.sqrt(Math.max(0, forecast) + 1) : Math.max(forecast, 1e-9);
}

export interface IntervalModel {
	/** Upper forecast level of each bin (the last is +Infinity). */
	edges: number[];
	lower: number[];
	upper: number[];
	aggregate: Aggregate;
	errors: number;
}

const MIN_PER_BIN = 50;
const MAX_BINS = 5;

export function fitIntervals(forecasts: ArrayLike<number>, actuals: ArrayLike<number>, coverage: number, aggregate: Aggregate): IntervalModel | null {
	const n = forecasts.length;
	if (n === 0) return null;
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => forecasts[a]! - forecasts[b]! || a - b);
	const bins = Math.max(1, Math.min(MAX_BINS, Math.floor(n / MIN_PER_BIN)));
	const model: IntervalModel = { edges: [], lower: [], upper: [], aggregate, errors: n };
	const tail = (1 - coverage) / 2;
	for (let b = 0; b < bins; b++) {
		const from = Math.floor((b * n) / bins);
		const to = Math.floor(((b + 1) * n) / bins);
		const z = new Float64Array(to - from);
		for (let k = from; k < to; k++) {
			const i = order[k]!;
			z[k - from] = (actuals[i]! - forecasts[i]!) / errorScale(forecasts[i]!, aggregate);
		}
		z.sort();
		model.lower.push(quantileSorted(z, tail));
		model.upper.push(quantileSorted(z, 1 - tail));
		model.edges.push(b === bins - 1 ? Number.POSITIVE_INFINITY : forecasts[order[to - 1]!]!);
	}
	return model;
}

export function intervalFor(model: IntervalModel, forecast: number): [number, number] {
	let b = 0;
	while (b < model.edges.length - 1 && forecast > model.edges[b]!) b++;
	const scale = errorScale(forecast, model.aggregate);
	const lower = Math.max(0, Math.min(forecast, forecast + model.lower[b]! * scale));
	const upper = Math.max(forecast, forecast + model.upper[b]! * scale);
	return [lower, upper];
}

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
	const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
	const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
	const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
	const low = 0.02425;
	if (p <= 0) return Number.NEGATIVE_INFINITY;
	if (p >= 1) return Number.POSITIVE_INFINITY;
	if (p < low) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
	}
	if (p > 1 - low) return -normalQuantile(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** WAPE = sum |f - a| / sum a; null when the actuals sum to 0 (undefined). */
export function wape(forecasts: ArrayLike<number>, actuals: ArrayLike<number>): number | null {
	let error = 0;
	let total = 0;
	for (let i = 0; i < forecasts.length; i++) {
		error += Math.abs(forecasts[i]! - actuals[i]!);
		total += actuals[i]!;
	}
	return total > 0 ? error / total : null;
}
