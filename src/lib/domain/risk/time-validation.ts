// Time-based validation of the turnover-risk model, for the model card: train on the records dated
// before a cut instant, score the records dated at or after it, and measure AUC, Brier score, log loss
// and calibration bins on those later records. This is how the model will actually be used (past
// exits predicting future ones), so it exposes drift that a shuffled split hides.
// Source: the "forward-chaining" evaluation of time-ordered data (Hyndman & Athanasopoulos,
// Forecasting: Principles and Practice, 3rd ed., §5.10).
// Assumptions: `at` is when the outcome of the record was known (e.g. the end of the observation
// window); each record's features must only use information available at that instant, or the
// validation leaks the future. Limits: one cut, no confidence intervals; the base-rate Brier score
// is returned beside the model's so a reader can see whether the model beats "everyone gets the
// average".
import type { FeatureRow } from './features';
import { auc, brierScore, calibrationBins, logLoss } from './metrics';
import { scoreRisk, trainRiskModel, type RiskMetrics, type RiskModel, type RiskTrainingOptions } from './risk-model';

export interface DatedRiskRow {
	features: FeatureRow;
	left: boolean;
	/** ISO 8601 instant (with offset or Z) or date. */
	at: string;
}

export interface TimeValidation {
	cut: string;
	trainRows: number;
	testRows: number;
	testExits: number;
	model: RiskModel;
	/** Metrics of the model's probabilities on the records at or after the cut. */
	metrics: RiskMetrics;
	/** Brier score of predicting the training base rate for every later record. */
	baseRateBrier: number;
}

function instant(value: unknown, label: string): number {
	const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
	if (Number.isNaN(ms)) throw new RangeError(`${label} must be an ISO date or instant, got ${JSON.stringify(value)}`);
	return ms;
}

export function validateRiskByTime(rows: readonly DatedRiskRow[], cut: string, options: RiskTrainingOptions = {}): TimeValidation {
	const cutMs = instant(cut, 'cut');
	const stamps = rows.map((r, i) => instant(r.at, `row ${i}: at`));
	const train = rows.filter((_, i) => stamps[i]! < cutMs);
	const test = rows.filter((_, i) => stamps[i]! >= cutMs);
	if (train.length === 0) throw new RangeError(`no records before the cut ${cut}`);
	if (test.length === 0) throw new RangeError(`no records at or after the cut ${cut}`);
	const model = trainRiskModel(train, options);
	const probabilities = test.map((r) => scoreRisk(model, r.features).probability);
	const outcomes = test.map((r) => r.left);
	return {
		cut,
		trainRows: train.length,
		testRows: test.length,
		testExits: outcomes.filter(Boolean).length,
		model,
		metrics: { auc: auc(probabilities, outcomes), brier: brierScore(probabilities, outcomes), logLoss: logLoss(probabilities, outcomes), calibrationBins: calibrationBins(probabilities, outcomes) },
		baseRateBrier: brierScore(
			test.map(() => model.baseRate),
			outcomes
		)
	};
}
