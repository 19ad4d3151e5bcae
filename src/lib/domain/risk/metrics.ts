// Scores for probability forecasts of a yes/no outcome, for the turnover-risk model card.
// Sources: AUC as the Mann–Whitney U statistic with mid-ranks for ties (Hanley & McNeil 1982,
// Radiology 143:29); Brier score (Brier 1950, Monthly Weather Review 78:1); log loss with
// probabilities clipped to [1e-15, 1 − 1e-15] as scikit-learn does, so a confident miss costs
// about 34.5 nats instead of Infinity; reliability bins of equal width (Murphy & Winkler 1977).
// Limits: AUC is undefined (null) when only one class is present; every function refuses arrays of
// different lengths and empty input (no score at all is not a score of 0).

export interface CalibrationBin {
	/** Predicted-probability range [lower, upper); the last bin includes 1. */
	lower: number;
	upper: number;
	count: number;
	/** Mean predicted probability in the bin, null when the bin is empty. */
	meanPredicted: number | null;
	/** Share of outcomes that happened in the bin, null when the bin is empty. */
	observedRate: number | null;
}

const EPSILON = 1e-15;

function checkPair(probabilities: readonly number[], outcomes: readonly boolean[], name: string): void {
	if (probabilities.length !== outcomes.length) throw new RangeError(`${name}: ${probabilities.length} probabilities but ${outcomes.length} outcomes`);
	if (probabilities.length === 0) throw new RangeError(`${name}: no predictions to score`);
	probabilities.forEach((p, i) => {
		if (!(p >= 0 && p <= 1)) throw new RangeError(`${name}: probability ${i} is ${p}, outside [0, 1]`);
	});
}

/** Area under the ROC curve: the chance a random positive outranks a random negative, ties counting one half. */
export function auc(scores: readonly number[], outcomes: readonly boolean[]): number | null {
	if (scores.length !== outcomes.length) throw new RangeError(`auc: ${scores.length} scores but ${outcomes.length} outcomes`);
	scores.forEach((s, i) => {
		if (!Number.isFinite(s)) throw new RangeError(`auc: score ${i} is ${s}`);
	});
	const positives = outcomes.filter(Boolean).length;
	const negatives = outcomes.length - positives;
	if (positives === 0 || negatives === 0) return null;
	const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
	let positiveRankSum = 0;
	for (let start = 0; start < order.length; ) {
		let end = start;
		while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
		// ranks are 1-based; a tied block shares the mean of its ranks
		const midRank = (start + end) / 2 + 1;
		for (let k = start; k <= end; k++) if (outcomes[order[k]!]) positiveRankSum += midRank;
		start = end + 1;
	}
	return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between the probability and the outcome (0 best, 1 worst). */
export function brierScore(probabilities: readonly number[], outcomes: readonly boolean[]): number {
	checkPair(probabilities, outcomes, 'brierScore');
	let sum = 0;
	for (let i = 0; i < probabilities.length; i++) sum += (probabilities[i]! - (outcomes[i] ? 1 : 0)) ** 2;
	return sum / probabilities.length;
}

/** Mean negative log-likelihood in nats. */
export function logLoss(probabilities: readonly number[], outcomes: readonly boolean[]): number {
	checkPair(probabilities, outcomes, 'logLoss');
	let sum = 0;
	for (let i = 0; i < probabilities.length; i++) {
		const p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]!));
		sum -= outcomes[i] ? Math.log(p) : Math.log1p(-p);
	}
	return sum / probabilities.length;
}

/** Reliability table: `bins` equal-width bins of predicted probability, empty bins included. */
export function calibrationBins(probabilities: readonly number[], outcomes: readonly boolean[], bins = 10): CalibrationBin[] {
	checkPair(probabilities, outcomes, 'calibrationBins');
	if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`calibrationBins: bins must be a positive integer, got ${bins}`);
	const counts = new Array<number>(bins).fill(0);
	const predictedSums = new Array<number>(bins).fill(0);
	const observedSums = new Array<number>(bins).fill(0);
	for (let i = 0; i < probabilities.length; i++) {
		const p = probabilities[i]!;
		const b = Math.min(bins - 1, Math.floor(p * bins));
		counts[b] = counts[b]! + 1;
		predictedSums[b] = predictedSums[b]! + p;
		if (outcomes[i]) observedSums[b] = observedSums[b]! + 1;
	}
	return counts.map((count, b) => ({
		lower: b / bins,
		upper: (b + 1) / bins,
		count,
		meanPredicted: count ? predictedSums[b]! / count : null,
		observedRate: count ? observedSums[b]! / count : null
	}));
}
