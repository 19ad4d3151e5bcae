// Turnover-risk model: L2-regularised logistic regression on an organisation's own history, with
// per-row explanations. A prompt for a conversation, not a verdict about a person.
// Method: features encoded by features.ts; ridge strength chosen by stratified k-fold
// cross-validation inside the training rows only (the encoding is re-learnt inside every fold),
// minimising pooled out-of-fold log loss over a fixed grid (ties go to the stronger penalty); the
// final model is refitted on all rows by Newton's method (logistic.ts). Logistic regression fitted
// by likelihood is usually well calibrated (Niculescu-Mizil & Caruana 2005, ICML), so calibration is
// off by default; `calibration: 'platt'` adds Platt scaling (Platt 1999) fitted on the out-of-fold
// log-odds only, never on the rows it was trained on.
// Explanations: for each row, each feature's contribution on the log-odds scale is Σ_j w_j (x_j − x̄_j)
// over that feature's columns, where x̄_j is the column's training mean (the exact Shapley value of a
// linear model with independent features; Lundberg & Lee 2017). So
//   log-odds(row) = baselineLogOdds + Σ contributions,
// where baselineLogOdds is the log-odds of a training-average row. For a categorical feature the
// baseline is therefore the training mix of its levels, not the reference level; an unseen level
// or an unexpected missing value contributes 0. Positive = pushes risk up.
// Fallback: with fewer than `minClassCount` (default 10) rows of either class, or one class only,
// the model is the smoothed base rate (exits + ½) / (rows + 1), every score equals it, there are
// no explanations, and `fallback` says why so a caller can show it.
// Limits: linear on the log-odds scale (no interactions); rows are assumed independent (repeated
// rows for one person inflate the evidence); the scores estimate who left in this history under its
// conditions, which may not hold later — validate by time (time-validation.ts) before trusting them.
import { mulberry32, shuffle } from '../random';
import { encodeRow, fitFeatureEncoding, type FeatureEncoding, type FeatureRow } from './features';
import { fitLogistic, predictLogOdds, sigmoid } from './logistic';
import { auc, brierScore, calibrationBins, logLoss, type CalibrationBin } from './metrics';

export interface RiskTrainingRow {
	features: FeatureRow;
	left: boolean;
}

export interface RiskTrainingOptions {
	/** Seed of the fold assignment (mulberry32). */
	seed?: number;
	folds?: number;
	/** Candidate ridge strengths (prior precision on standardised weights; 1/C in scikit-learn terms). */
	l2Grid?: readonly number[];
	/** Below this many rows of the rarer class the model falls back to the base rate. */
	minClassCount?: number;
	calibration?: 'none' | 'platt';
}

export type RiskFallbackReason = 'single_class' | 'too_few_exits' | 'too_few_stays';

export interface RiskMetrics {
	auc: number | null;
	brier: number;
	logLoss: number;
	calibrationBins: CalibrationBin[];
}

/** Plain JSON: store it, show it on a model card, score with it later. */
export interface RiskModel {
	version: 1;
	kind: 'logistic_l2' | 'base_rate';
	fallback: { reason: RiskFallbackReason; message: string } | null;
	trainingRows: number;
	exits: number;
	/** Share of training rows that left (unsmoothed). */
	baseRate: number;
	encoding: FeatureEncoding | null;
	intercept: number;
	weights: number[];
	/** Chosen ridge strength; null for the base-rate fallback. */
	l2: number | null;
	/** Pooled out-of-fold log loss for each candidate, in grid order. */
	crossValidation: { folds: number; seed: number; grid: { l2: number; logLoss: number }[] } | null;
	calibration: { method: 'none' } | { method: 'platt'; slope: number; intercept: number };
	/** Log-odds of a training-average row, after calibration: contributions are measured from here. */
	baselineLogOdds: number;
	/** Out-of-fold metrics of the uncalibrated model at the chosen l2, over the training rows. */
	crossValidatedMetrics: RiskMetrics | null;
	converged: boolean;
}

export interface RiskContribution {
	feature: string;
	contribution: number;
}

export interface RiskScore {
	probability: number;
	logOdds: number;
	baselineLogOdds: number;
	/** Every model feature, largest absolute contribution first. */
	contributions: RiskContribution[];
	/** Features whose category was not seen in training. */
	unseen: string[];
	missing: string[];
}

export const DEFAULT_L2_GRID: readonly number[] = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];

const logit = (p: number) => Math.log(p / (1 - p));

/** Fold number per row, each class shuffled by the seeded generator and dealt round-robin. */
export function assignStratifiedFolds(labels: readonly boolean[], folds: number, seed: number): number[] {
	const random = mulberry32(seed);
	const assignment = new Array<number>(labels.length).fill(0);
	let next = 0;
	for (const cls of [true, false]) {
		const members = shuffle(labels.flatMap((y, i) => (y === cls ? [i] : [])), random);
		// continuing the deal across classes keeps fold sizes within one row of each other
		for (const i of members) assignment[i] = next++ % folds;
	}
	return assignment;
}

function fallbackModel(rows: readonly RiskTrainingRow[], reason: RiskFallbackReason, minClassCount: number): RiskModel {
	const exits = rows.filter((r) => r.left).length;
	const n = rows.length;
	const smoothed = (exits + 0.5) / (n + 1);
	const messages: Record<RiskFallbackReason, string> = {
		single_class: exits === 0 ? 'nobody in the training history left; every score is the smoothed base rate' : 'everybody in the training history left; every score is the smoothed base rate',
		too_few_exits: `only ${exits} exits in the training history (at least ${minClassCount} needed); every score is the smoothed base rate`,
		too_few_stays: `only ${n - exits} people stayed in the training history (at least ${minClassCount} needed); every score is the smoothed base rate`
	};
	return {
		version: 1,
		kind: 'base_rate',
		fallback: { reason, message: messages[reason] },
		trainingRows: n,
		exits,
		baseRate: n ? exits / n : 0,
		encoding: null,
		intercept: logit(smoothed),
		weights: [],
		l2: null,
		crossValidation: null,
		calibration: { method: 'none' },
		baselineLogOdds: logit(smoothed),
		crossValidatedMetrics: null,
		converged: true
	};
}

interface PathFit {
	encoding: FeatureEncoding;
	fits: { intercept: number; weights: number[]; converged: boolean }[];
}

/** Fit every grid value, strongest penalty first, each warm-started from the previous one. */
function fitPath(rows: readonly RiskTrainingRow[], grid: readonly number[]): PathFit {
	const encoding = fitFeatureEncoding(rows.map((r) => r.features));
	const design = rows.map((r) => encodeRow(encoding, r.features).values);
	const labels = rows.map((r) => (r.left ? 1 : 0));
	const order = grid.map((_, k) => k).sort((a, b) => grid[b]! - grid[a]!);
	const fits = new Array<PathFit['fits'][number]>(grid.length);
	let start: { intercept: number; weights: number[] } | undefined;
	for (const k of order) {
		const fit = fitLogistic(design, labels, { l2: grid[k]!, start });
		fits[k] = fit;
		start = fit;
	}
	return { encoding, fits };
}

function metricsOf(probabilities: number[], outcomes: boolean[]): RiskMetrics {
	return { auc: auc(probabilities, outcomes), brier: brierScore(probabilities, outcomes), logLoss: logLoss(probabilities, outcomes), calibrationBins: calibrationBins(probabilities, outcomes) };
}

export function trainRiskModel(rows: readonly RiskTrainingRow[], options: RiskTrainingOptions = {}): RiskModel {
	const seed = options.seed ?? 1;
	const minClassCount = options.minClassCount ?? 10;
	const grid = options.l2Grid ?? DEFAULT_L2_GRID;
	if (rows.length === 0) throw new RangeError('trainRiskModel needs at least one training row');
	if (grid.length === 0 || grid.some((l) => !(l > 0) || !Number.isFinite(l))) throw new RangeError('l2Grid must hold finite numbers > 0');
	rows.forEach((r, i) => {
		if (typeof r.left !== 'boolean') throw new RangeError(`row ${i}: left must be true or false`);
	});
	const exits = rows.filter((r) => r.left).length;
	const stays = rows.length - exits;
	if (exits === 0 || stays === 0) return fallbackModel(rows, 'single_class', minClassCount);
	if (exits < minClassCount) return fallbackModel(rows, 'too_few_exits', minClassCount);
	if (stays < minClassCount) return fallbackModel(rows, 'too_few_stays', minClassCount);

	const labels = rows.map((r) => r.left);
	const folds = Math.max(2, Math.min(options.folds ?? 5, exits, stays));
	const assignment = assignStratifiedFolds(labels, folds, seed);
	// out-of-fold log-odds for every grid value
	const outOfFold = grid.map(() => new Array<number>(rows.length).fill(0));
	for (let f = 0; f < folds; f++) {
		const inFold = rows.filter((_, i) => assignment[i] !== f);
		const path = fitPath(inFold, grid);
		rows.forEach((row, i) => {
			if (assignment[i] !== f) return;
			const x = encodeRow(path.encoding, row.features).values;
			grid.forEach((_, k) => (outOfFold[k]![i] = predictLogOdds(path.fits[k]!, x)));
		});
	}
	const cvGrid = grid.map((l2, k) => ({ l2, logLoss: logLoss(outOfFold[k]!.map(sigmoid), labels) }));
	let best = 0;
	for (let k = 1; k < grid.length; k++) {
		const better = cvGrid[k]!.logLoss < cvGrid[best]!.logLoss - 1e-12;
		const tieStronger = Math.abs(cvGrid[k]!.logLoss - cvGrid[best]!.logLoss) <= 1e-12 && grid[k]! > grid[best]!;
		if (better || tieStronger) best = k;
	}
	const l2 = grid[best]!;

	const encoding = fitFeatureEncoding(rows.map((r) => r.features));
	const design = rows.map((r) => encodeRow(encoding, r.features).values);
	const fit = fitLogistic(
		design,
		labels.map((y) => (y ? 1 : 0)),
		{ l2 }
	);

	let calibration: RiskModel['calibration'] = { method: 'none' };
	if (options.calibration === 'platt') {
		// a tiny ridge only guards against out-of-fold log-odds that happen to separate the classes
		const platt = fitLogistic(
			outOfFold[best]!.map((z) => [z]),
			labels.map((y) => (y ? 1 : 0)),
			{ l2: 1e-6 }
		);
		calibration = { method: 'platt', slope: platt.weights[0]!, intercept: platt.intercept };
	}
	const rawBaseline = fit.intercept + fit.weights.reduce((s, w, j) => s + w * encoding.columnMeans[j]!, 0);
	return {
		version: 1,
		kind: 'logistic_l2',
		fallback: null,
		trainingRows: rows.length,
		exits,
		baseRate: exits / rows.length,
		encoding,
		intercept: fit.intercept,
		weights: fit.weights,
		l2,
		crossValidation: { folds, seed, grid: cvGrid },
		calibration,
		baselineLogOdds: calibrate(calibration, rawBaseline),
		crossValidatedMetrics: metricsOf(outOfFold[best]!.map(sigmoid), labels),
		converged: fit.converged
	};
}

function calibrate(calibration: RiskModel['calibration'], logOdds: number): number {
	return calibration.method === 'platt' ? calibration.intercept + calibration.slope * logOdds : logOdds;
}

export function scoreRisk(model: RiskModel, features: FeatureRow): RiskScore {
	if (model.kind === 'base_rate' || model.encoding === null) {
		return { probability: sigmoid(model.intercept), logOdds: model.intercept, baselineLogOdds: model.baselineLogOdds, contributions: [], unseen: [], missing: [] };
	}
	const { encoding } = model;
	const { values, unseen, missing } = encodeRow(encoding, features);
	const scale = model.calibration.method === 'platt' ? model.calibration.slope : 1;
	const byFeature = new Map<string, number>(encoding.features.map((f) => [f.name, 0]));
	encoding.columns.forEach((column, j) => {
		byFeature.set(column.feature, byFeature.get(column.feature)! + scale * model.weights[j]! * (values[j]! - encoding.columnMeans[j]!));
	});
	const order = new Map(encoding.features.map((f, k) => [f.name, k]));
	const contributions = [...byFeature].map(([feature, contribution]) => ({ feature, contribution }));
	contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || order.get(a.feature)! - order.get(b.feature)!);
	const logOdds = calibrate(model.calibration, predictLogOdds(model, values));
	return { probability: sigmoid(logOdds), logOdds, baselineLogOdds: model.baselineLogOdds, contributions, unseen, missing };
}
