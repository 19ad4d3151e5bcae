// Holt-Winters exponential smoothing of a daily series with a weekly season (period 7).
// Model: level + (optionally damped) trend, additive or multiplicative season, in the classic
// recursive form; the damped trend forecasts l + (phi + ... + phi^h) b. Parameters (alpha, beta,
// gamma, phi) minimise the one-step-ahead sum of squared errors with Nelder-Mead from fixed starts,
// and the variant (season additive/multiplicative x trend none/damped) with the lowest AIC
// (n log(SSE/n) + 2k) wins. Source: Hyndman, Koehler, Ord & Snyder (2008), Forecasting with
// Exponential Smoothing, ch. 2 and 7; Gardner & McKenzie (1985) for the damped trend.
// Missing days (closed, holidays, special days: NaN) carry the state forward without an update,
// the usual treatment of missing values in exponential smoothing (Hyndman et al. 2008, §5.5 idea).
// Limits: point forecasts only (intervals come from the backtest); an undamped linear trend is not
// offered because it explodes over multi-week horizons; the multiplicative season needs every
// observed value > 0; initial states come from the first two weeks, not optimised.
import { nelderMead } from './nelder-mead';

export type SeasonForm = 'additive' | 'multiplicative';

export interface HoltWintersVariant {
	season: SeasonForm;
	trend: 'none' | 'damped';
}

export interface HoltWintersFit extends HoltWintersVariant {
	alpha: number;
	beta: number;
	gamma: number;
	phi: number;
	/** State after the last observation. */
	level: number;
	slope: number;
	/** seasonal[t % period] for the latest t of each phase. */
	seasonal: Float64Array;
	period: number;
	length: number;
	sse: number;
	observations: number;
	aic: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
const PHI_MIN = 0.8;
const PHI_SPAN = 0.18; // phi in [0.80, 0.98], the range Hyndman et al. recommend for damping

interface InitialState {
	level: number;
	slope: number;
	seasonal: Float64Array;
}

/** Level from the first season's mean, slope from the change to the second, season from deviations. */
function initialState(y: Float64Array, period: number, season: SeasonForm, withTrend: boolean): InitialState | null {
	const seasons = Math.min(3, Math.floor(y.length / period));
	const means: number[] = [];
	for (let k = 0; k < seasons; k++) {
		let sum = 0;
		let n = 0;
		for (let t = k * period; t < (k + 1) * period; t++) {
			const v = y[t]!;
			if (!Number.isNaN(v)) {
				sum += v;
				n++;
			}
		}
		means.push(n > 0 ? sum / n : Number.NaN);
	}
	const first = means.findIndex((m) => !Number.isNaN(m));
	if (first < 0) return null;
	let slope = 0;
	if (withTrend) {
		const last = means.length - 1 - [...means].reverse().findIndex((m) => !Number.isNaN(m));
		if (last > first) slope = (means[last]! - means[first]!) / ((last - first) * period);
	}
	const seasonal = new Float64Array(period).fill(season === 'additive' ? 0 : 1);
	const sums = new Float64Array(period);
	const counts = new Float64Array(period);
	for (let k = 0; k < seasons; k++) {
		const m = means[k]!;
		if (Number.isNaN(m) || (season === 'multiplicative' && m <= 0)) continue;
		for (let t = k * period; t < (k + 1) * period; t++) {
			const v = y[t]!;
			if (Number.isNaN(v)) continue;
			sums[t % period] = sums[t % period]! + (season === 'additive' ? v - m : v / m);
			counts[t % period] = counts[t % period]! + 1;
		}
	}
	for (let p = 0; p < period; p++) if (counts[p]! > 0) seasonal[p] = sums[p]! / counts[p]!;
	// The state is "before t = 0": back the level off to one step before the first season's centre.
	const level = means[first]! - slope * ((period - 1) / 2 + 1 + first * period);
	return { level, slope, seasonal };
}

interface RunResult {
	sse: number;
	observations: number;
	level: number;
	slope: number;
	seasonal: Float64Array;
}

function run(y: Float64Array, period: number, variant: HoltWintersVariant, init: InitialState, alpha: number, beta: number, gamma: number, phi: number): RunResult {
	const mult = variant.season === 'multiplicative';
	const seasonal = Float64Array.from(init.seasonal);
	let level = init.level;
	let slope = variant.trend === 'none' ? 0 : init.slope;
	let sse = 0;
	let observations = 0;
	for (let t = 0; t < y.length; t++) {
		const p = t % period;
		const s = seasonal[p]!;
		const base = level + phi * slope;
		const v = y[t]!;
		if (Number.isNaN(v)) {
			level = base;
			slope = phi * slope;
			continue;
		}
		const predicted = mult ? base * s : base + s;
		const error = v - predicted;
		sse = sse + error * error;
		observations++;
		const previous = level;
		level = mult ? alpha * (v / s) + (1 - alpha) * base : alpha * (v - s) + (1 - alpha) * base;
		if (variant.trend !== 'none') slope = beta * (level - previous) + (1 - beta) * phi * slope;
		seasonal[p] = mult ? gamma * (v / level) + (1 - gamma) * s : gamma * (v - level) + (1 - gamma) * s;
		if (!Number.isFinite(level) || !Number.isFinite(seasonal[p]!) || (mult && (level <= 0 || seasonal[p]! <= 0))) {
			return { sse: Number.POSITIVE_INFINITY, observations, level, slope, seasonal };
		}
	}
	return { sse, observations, level, slope, seasonal };
}

/** Fit one variant. `y` holds NaN for missing days. Returns null when there is nothing to fit. */
export function fitHoltWintersVariant(y: Float64Array, variant: HoltWintersVariant, period = 7): HoltWintersFit | null {
	const init = initialState(y, period, variant.season, variant.trend !== 'none');
	if (!init) return null;
	const damped = variant.trend === 'damped';
	const unpack = (x: number[]) => ({
		alpha: logistic(x[0]!),
		gamma: logistic(x[1]!),
		beta: damped ? logistic(x[2]!) : 0,
		phi: damped ? PHI_MIN + PHI_SPAN * logistic(x[3]!) : 1
	});
	const objective = (x: number[]) => {
		const q = unpack(x);
		// Keep gamma at most 1 - alpha, the usual admissibility restriction of the classic form.
		if (q.gamma > 1 - q.alpha) return Number.POSITIVE_INFINITY;
		return run(y, period, variant, init, q.alpha, q.beta, q.gamma, q.phi).sse;
	};
	const starts = [
		[logit(0.2), logit(0.1), logit(0.05), logit(0.5)],
		[logit(0.5), logit(0.05), logit(0.01), logit(0.8)]
	].map((s) => (damped ? s : s.slice(0, 2)));
	let best = { x: starts[0]!, value: Number.POSITIVE_INFINITY };
	for (const start of starts) {
		const result = nelderMead(objective, start, { step: 1, maxEvaluations: 150 * start.length, tolerance: 1e-9 });
		if (result.value < best.value) best = result;
	}
	const q = unpack(best.x);
	const final = run(y, period, variant, init, q.alpha, q.beta, q.gamma, q.phi);
	if (!Number.isFinite(final.sse) || final.observations === 0) return null;
	const k = damped ? 4 : 2;
	const n = final.observations;
	const aic = n * Math.log(Math.max(final.sse, 1e-12) / n) + 2 * k;
	return { ...variant, ...q, level: final.level, slope: final.slope, seasonal: final.seasonal, period, length: y.length, sse: final.sse, observations: n, aic };
}

/** Fit every admissible variant and keep the one with the lowest AIC. */
export function fitHoltWinters(y: Float64Array, period = 7): HoltWintersFit | null {
	let allPositive = true;
	for (const v of y) if (!Number.isNaN(v) && v <= 0) allPositive = false;
	const variants: HoltWintersVariant[] = [
		{ season: 'additive', trend: 'none' },
		{ season: 'additive', trend: 'damped' }
	];
	if (allPositive) variants.push({ season: 'multiplicative', trend: 'none' }, { season: 'multiplicative', trend: 'damped' });
	let best: HoltWintersFit | null = null;
	for (const variant of variants) {
		const fit = fitHoltWintersVariant(y, variant, period);
		if (fit && (!best || fit.aic < best.aic)) best = fit;
	}
	return best;
}

/** Forecasts for t = length ... length + horizon - 1, floored at 0 (volumes and times are not negative). */
export function forecastHoltWinters(fit: HoltWintersFit, horizon: number): Float64Array {
	const out = new Float64Array(horizon);
	let damping = 0;
	let power = 1;
	for (let h = 1; h <= horizon; h++) {
		power *= fit.phi;
		damping += power;
		const base = fit.level + damping * fit.slope;
		const s = fit.seasonal[(fit.length + h - 1) % fit.period]!;
		out[h - 1] = Math.max(0, fit.season === 'multiplicative' ? base * s : base + s);
	}
	return out;
}
