import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { fitLogistic, logisticObjective, predictLogOdds, sigmoid, softplus, solveCholesky } from './logistic';

const logit = (p: number) => Math.log(p / (1 - p));

// 12 rows, 2 columns; x1 separates the classes perfectly, so only the penalty keeps the fit finite
const X1 = [0.5, -1.2, 2.0, 0.3, -0.7, 1.5, -2.1, 0.9, 1.1, -0.4, 0.0, 1.8];
const X2 = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0];
const Y = [1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1];
const ROWS = X1.map((x, i) => [x, X2[i]!]);

function randomProblem(seed: number, n: number, p: number) {
	const random = mulberry32(seed);
	const rows = Array.from({ length: n }, () => Array.from({ length: p }, () => random() * 4 - 2));
	const labels = rows.map((x) => (random() < sigmoid(0.3 + x[0]! - 0.5 * x[1]!) ? 1 : 0));
	return { rows, labels };
}

describe('softplus and sigmoid', () => {
	it('stay finite and accurate far in the tails', () => {
		expect(softplus(800)).toBe(800);
		expect(softplus(-800)).toBe(0);
		expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
		expect(sigmoid(-800)).toBe(0);
		expect(sigmoid(800)).toBe(1);
		expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40), 30);
	});
});

describe('logisticObjective', () => {
	it('has a gradient that matches central finite differences', () => {
		const { rows, labels } = randomProblem(7, 40, 3);
		const intercept = 0.2;
		const weights = [0.7, -0.4, 1.1];
		const l2 = 0.8;
		const { gradient } = logisticObjective(rows, labels, l2, intercept, weights);
		const h = 1e-6;
		const at = (b: number, w: number[]) => logisticObjective(rows, labels, l2, b, w).value;
		expect((at(intercept + h, weights) - at(intercept - h, weights)) / (2 * h)).toBeCloseTo(gradient[0]!, 6);
		for (let j = 0; j < weights.length; j++) {
			const up = weights.map((w, k) => (k === j ? w + h : w));
			const down = weights.map((w, k) => (k === j ? w - h : w));
			expect((at(intercept, up) - at(intercept, down)) / (2 * h)).toBeCloseTo(gradient[j + 1]!, 6);
		}
	});
});

describe('solveCholesky', () => {
	it('solves a small positive definite system and refuses an indefinite one', () => {
		const a = Float64Array.from([4, 2, 2, 3]);
		const x = solveCholesky(a, [2, 1], 2)!;
		expect(x[0]).toBeCloseTo(0.5, 14);
		expect(x[1]).toBeCloseTo(0, 14);
		expect(solveCholesky(Float64Array.from([1, 2, 2, 1]), [1, 1], 2)).toBeNull();
	});
});

describe('fitLogistic', () => {
	it('reproduces the closed-form MLE of a saturated model (one binary column, no penalty)', () => {
		// x = 0: 3 of 10 left; x = 1: 6 of 8 left. The MLE fits each group's share exactly.
		const rows: number[][] = [];
		const labels: number[] = [];
		for (let i = 0; i < 10; i++) (rows.push([0]), labels.push(i < 3 ? 1 : 0));
		for (let i = 0; i < 8; i++) (rows.push([1]), labels.push(i < 6 ? 1 : 0));
		const fit = fitLogistic(rows, labels, { l2: 0 });
		expect(fit.converged).toBe(true);
		expect(fit.intercept).toBeCloseTo(logit(0.3), 10);
		expect(fit.weights[0]).toBeCloseTo(logit(0.75) - logit(0.3), 10);
	});

	it('gives the intercept-only model the log-odds of the base rate', () => {
		const fit = fitLogistic([[], [], [], []], [1, 0, 0, 0], { l2: 1 });
		expect(fit.intercept).toBeCloseTo(logit(0.25), 12);
		expect(fit.weights).toEqual([]);
	});

	it('matches scikit-learn 1.2.1 LogisticRegression (newton-cholesky, tol 1e-15) at C = 1 and C = 0.25', () => {
		const c1 = fitLogistic(ROWS, Y, { l2: 1 });
		expect(c1.converged).toBe(true);
		expect(c1.intercept).toBeCloseTo(-0.5894359480292062, 9);
		expect(c1.weights[0]).toBeCloseTo(1.5380958398196347, 9);
		expect(c1.weights[1]).toBeCloseTo(0.031305404121060275, 9);
		const c025 = fitLogistic(ROWS, Y, { l2: 4 });
		expect(c025.intercept).toBeCloseTo(-0.2629799036191342, 9);
		expect(c025.weights[0]).toBeCloseTo(0.7677843717056252, 9);
		expect(c025.weights[1]).toBeCloseTo(0.011668418208953538, 9);
	});

	it('stays finite on separable data when penalised, and the gradient vanishes at the solution', () => {
		for (const l2 of [1e-3, 0.1, 10]) {
			const fit = fitLogistic(ROWS, Y, { l2 });
			expect(fit.converged).toBe(true);
			expect([fit.intercept, ...fit.weights].every(Number.isFinite)).toBe(true);
			const { gradient } = logisticObjective(ROWS, Y, l2, fit.intercept, fit.weights);
			for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-6);
		}
		// weaker penalty, larger weight on the separating column
		expect(fitLogistic(ROWS, Y, { l2: 1e-3 }).weights[0]!).toBeGreaterThan(fitLogistic(ROWS, Y, { l2: 0.1 }).weights[0]!);
	});

	it('does not blow up without a penalty on separable data; it reports no convergence or huge weights', () => {
		const fit = fitLogistic(ROWS, Y, { l2: 0, maxIterations: 50 });
		expect([fit.intercept, ...fit.weights].every(Number.isFinite)).toBe(true);
		expect(!fit.converged || Math.abs(fit.weights[0]!) > 10).toBe(true);
	});

	it('shrinks weights as the penalty grows and never penalises the intercept', () => {
		// with a huge penalty the weights vanish and the intercept is still the base-rate log-odds
		const { rows, labels } = randomProblem(3, 200, 2);
		const fit = fitLogistic(rows, labels, { l2: 1e9 });
		for (const w of fit.weights) expect(Math.abs(w)).toBeLessThan(1e-6);
		const rate = labels.reduce((s: number, y) => s + y, 0) / labels.length;
		expect(fit.intercept).toBeCloseTo(logit(rate), 5);
	});

	it('reaches the same optimum from a warm start', () => {
		const { rows, labels } = randomProblem(11, 150, 3);
		const cold = fitLogistic(rows, labels, { l2: 0.5 });
		const warm = fitLogistic(rows, labels, { l2: 0.5, start: { intercept: 2, weights: [-1, 3, 0.5] } });
		expect(warm.intercept).toBeCloseTo(cold.intercept, 8);
		warm.weights.forEach((w, j) => expect(w).toBeCloseTo(cold.weights[j]!, 8));
		expect(predictLogOdds(cold, rows[0]!)).toBeCloseTo(predictLogOdds(warm, rows[0]!), 8);
	});

	it('is deterministic', () => {
		const { rows, labels } = randomProblem(5, 100, 3);
		expect(fitLogistic(rows, labels, { l2: 1 })).toEqual(fitLogistic(rows, labels, { l2: 1 }));
	});

	it('refuses bad shapes, labels and penalties', () => {
		expect(() => fitLogistic([[1], [2]], [1], { l2: 1 })).toThrow(/2 rows but 1 labels/);
		expect(() => fitLogistic([[1], [2, 3]], [1, 0], { l2: 1 })).toThrow(/row 1 has 2 columns/);
		expect(() => fitLogistic([[1], [2]], [1, 2], { l2: 1 })).toThrow(/label 1 must be 0 or 1/);
		expect(() => fitLogistic([[1], [2]], [1, 0], { l2: -1 })).toThrow(/l2 must be/);
		expect(() => fitLogistic([], [], { l2: 1 })).toThrow(/at least one row/);
	});
});
