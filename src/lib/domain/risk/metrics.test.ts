import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { auc, brierScore, calibrationBins, logLoss } from './metrics';

/** AUC by definition: over all positive–negative pairs, 1 for a correct order, ½ for a tie. */
function pairwiseAuc(scores: number[], outcomes: boolean[]): number {
	let sum = 0;
	let pairs = 0;
	scores.forEach((s, i) => {
		if (!outcomes[i]) return;
		scores.forEach((t, j) => {
			if (outcomes[j]) return;
			pairs++;
			sum += s > t ? 1 : s === t ? 0.5 : 0;
		});
	});
	return sum / pairs;
}

describe('auc', () => {
	it('is 1 for a perfect ranking, 0 for a reversed one, ½ when every score ties', () => {
		expect(auc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
		expect(auc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
		expect(auc([0.5, 0.5, 0.5, 0.5], [false, true, false, true])).toBe(0.5);
	});

	it('counts ties between a positive and a negative as one half', () => {
		// pairs (pos, neg): (0.5, 0.2) 1, (0.5, 0.5) ½, (0.9, 0.2) 1, (0.9, 0.5) 1 → 3.5 / 4
		expect(auc([0.2, 0.5, 0.5, 0.9], [false, false, true, true])).toBe(0.875);
	});

	it('agrees with the pairwise definition on random scores with many ties', () => {
		const random = mulberry32(42);
		const scores = Array.from({ length: 300 }, () => Math.floor(random() * 12) / 12);
		const outcomes = scores.map((s) => random() < 0.2 + 0.5 * s);
		expect(auc(scores, outcomes)).toBeCloseTo(pairwiseAuc(scores, outcomes), 12);
	});

	it('is undefined (null) with only one class', () => {
		expect(auc([0.1, 0.7], [true, true])).toBeNull();
		expect(auc([], [])).toBeNull();
	});

	it('refuses mismatched lengths and non-finite scores', () => {
		expect(() => auc([0.1], [true, false])).toThrow(/1 scores but 2 outcomes/);
		expect(() => auc([Number.NaN, 0.1], [true, false])).toThrow(/score 0/);
	});
});

describe('brierScore', () => {
	it('is 0 for certain and right, 1 for certain and wrong, ¼ for always ½', () => {
		expect(brierScore([1, 0], [true, false])).toBe(0);
		expect(brierScore([0, 1], [true, false])).toBe(1);
		expect(brierScore([0.5, 0.5, 0.5], [true, false, true])).toBe(0.25);
	});

	it('averages squared errors', () => {
		expect(brierScore([0.8, 0.3], [true, true])).toBeCloseTo((0.04 + 0.49) / 2, 15);
	});

	it('refuses empty input, mismatched lengths and probabilities outside [0, 1]', () => {
		expect(() => brierScore([], [])).toThrow(/no predictions/);
		expect(() => brierScore([0.2], [])).toThrow(/1 probabilities but 0 outcomes/);
		expect(() => brierScore([1.2], [true])).toThrow(/outside \[0, 1\]/);
		expect(() => brierScore([Number.NaN], [true])).toThrow(/outside/);
	});
});

describe('logLoss', () => {
	it('is ln 2 for a coin flip and 0 for certain and right', () => {
		expect(logLoss([0.5, 0.5], [true, false])).toBeCloseTo(Math.LN2, 15);
		expect(logLoss([1, 0], [true, false])).toBeCloseTo(0, 14);
	});

	it('clips a certain miss to 1e-15 instead of returning Infinity', () => {
		expect(logLoss([0], [true])).toBeCloseTo(-Math.log(1e-15), 10);
		expect(Number.isFinite(logLoss([1], [false]))).toBe(true);
	});
});

describe('calibrationBins', () => {
	it('puts each probability in its equal-width bin, 1 in the last bin, and reports empty bins', () => {
		const bins = calibrationBins([0, 0.05, 0.15, 0.95, 1], [false, true, false, true, true], 10);
		expect(bins).toHaveLength(10);
		expect(bins[0]).toEqual({ lower: 0, upper: 0.1, count: 2, meanPredicted: 0.025, observedRate: 0.5 });
		expect(bins[1]).toMatchObject({ count: 1, observedRate: 0 });
		expect(bins[5]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
		expect(bins[9]).toMatchObject({ count: 2, meanPredicted: 0.975, observedRate: 1 });
		expect(bins.reduce((s, b) => s + b.count, 0)).toBe(5);
	});

	it('refuses a bad bin count', () => {
		expect(() => calibrationBins([0.5], [true], 0)).toThrow(/positive integer/);
		expect(() => calibrationBins([0.5], [true], 2.5)).toThrow(/positive integer/);
	});
});
