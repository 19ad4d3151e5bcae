import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { sigmoid } from './logistic';
import { assignStratifiedFolds, DEFAULT_L2_GRID, scoreRisk, trainRiskModel, type RiskTrainingRow } from './risk-model';

/** A known truth: risk rises with overtime hours and on the night shift, falls with tenure; "noise" is irrelevant. */
function history(seed: number, n: number): RiskTrainingRow[] {
	const random = mulberry32(seed);
	const shifts = ['day', 'evening', 'night'];
	return Array.from({ length: n }, () => {
		const overtime = random() * 20;
		const tenure = random() * 10;
		const shift = shifts[Math.floor(random() * 3)]!;
		const noise = random();
		const logOdds = -2 + 0.15 * overtime - 0.3 * tenure + (shift === 'night' ? 1.2 : 0);
		return { features: { overtime, tenure, shift, noise }, left: random() < sigmoid(logOdds) };
	});
}

describe('trainRiskModel', () => {
	const rows = history(1, 600);
	const model = trainRiskModel(rows);

	it('recovers the direction of each true effect', () => {
		expect(model.kind).toBe('logistic_l2');
		expect(model.fallback).toBeNull();
		const weight = (feature: string, level?: string) => model.weights[model.encoding!.columns.findIndex((c) => c.feature === feature && (level === undefined || c.level === level))]!;
		expect(weight('overtime')).toBeGreaterThan(0.3);
		expect(weight('tenure')).toBeLessThan(-0.3);
		expect(weight('shift', 'night')).toBeGreaterThan(0.5);
		expect(Math.abs(weight('noise'))).toBeLessThan(weight('overtime'));
	});

	it('chooses the penalty from its grid by out-of-fold log loss and records the whole grid', () => {
		const grid = model.crossValidation!.grid;
		expect(grid.map((g) => g.l2)).toEqual([...DEFAULT_L2_GRID]);
		const best = Math.min(...grid.map((g) => g.logLoss));
		expect(grid.find((g) => g.l2 === model.l2)!.logLoss).toBe(best);
		expect(model.crossValidation!.folds).toBe(5);
		expect(model.crossValidatedMetrics!.auc!).toBeGreaterThan(0.7);
		expect(model.crossValidatedMetrics!.calibrationBins).toHaveLength(10);
		expect(model.converged).toBe(true);
	});

	it('is plain JSON: a stored and reloaded model scores identically', () => {
		const reloaded = JSON.parse(JSON.stringify(model));
		const features = { overtime: 12, tenure: 2, shift: 'night', noise: 0.4 };
		expect(scoreRisk(reloaded, features)).toEqual(scoreRisk(model, features));
	});

	it('is deterministic for a seed', () => {
		expect(JSON.stringify(trainRiskModel(rows, { seed: 9 }))).toBe(JSON.stringify(trainRiskModel(rows, { seed: 9 })));
	});

	it('prefers the stronger penalty when the cross-validated losses tie', () => {
		// a feature with no signal at all: every penalty gives the intercept-only fit
		const flat = Array.from({ length: 40 }, (_, i) => ({ features: { team: 'a' }, left: i % 4 === 0 }));
		expect(trainRiskModel(flat, { l2Grid: [0.1, 10, 1] }).l2).toBe(10);
	});
});

describe('scoreRisk', () => {
	const model = trainRiskModel(history(2, 500));

	it('explains the log-odds exactly: baseline plus the contributions', () => {
		for (const features of [
			{ overtime: 18, tenure: 1, shift: 'night', noise: 0.9 },
			{ overtime: 0, tenure: 9, shift: 'day', noise: 0.1 }
		]) {
			const score = scoreRisk(model, features);
			const sum = score.contributions.reduce((s, c) => s + c.contribution, 0);
			expect(score.baselineLogOdds + sum).toBeCloseTo(score.logOdds, 12);
			expect(score.probability).toBeCloseTo(sigmoid(score.logOdds), 15);
		}
	});

	it('lists every feature once, by original name, largest absolute contribution first, with the right signs', () => {
		const score = scoreRisk(model, { overtime: 19, tenure: 0.5, shift: 'night', noise: 0.5 });
		expect(score.contributions.map((c) => c.feature).sort()).toEqual(['noise', 'overtime', 'shift', 'tenure']);
		const sizes = score.contributions.map((c) => Math.abs(c.contribution));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		const of = (f: string) => score.contributions.find((c) => c.feature === f)!.contribution;
		expect(of('overtime')).toBeGreaterThan(0); // far above the average overtime
		expect(of('tenure')).toBeGreaterThan(0); // short tenure pushes risk up
		expect(of('shift')).toBeGreaterThan(0);
		const calm = scoreRisk(model, { overtime: 1, tenure: 9.5, shift: 'day', noise: 0.5 });
		expect(calm.probability).toBeLessThan(score.probability);
		expect(calm.contributions.find((c) => c.feature === 'tenure')!.contribution).toBeLessThan(0);
	});

	it('gives a training-average row the baseline log-odds', () => {
		const encoding = model.encoding!;
		const mean = (name: string) => (encoding.features.find((f) => f.name === name) as { mean: number }).mean;
		// shift unseen → its training mix, so every contribution is 0
		const score = scoreRisk(model, { overtime: mean('overtime'), tenure: mean('tenure'), noise: mean('noise'), shift: 'weekend' });
		expect(score.logOdds).toBeCloseTo(model.baselineLogOdds, 12);
		for (const c of score.contributions) expect(c.contribution).toBeCloseTo(0, 12);
	});

	it('scores unseen categories and missing values without crashing, and reports them', () => {
		const score = scoreRisk(model, { overtime: 5, shift: 'weekend', department: 'unknown to training' });
		expect(score.unseen).toEqual(['shift']);
		expect(score.missing).toEqual(['tenure', 'noise']);
		expect(score.contributions.find((c) => c.feature === 'shift')!.contribution).toBe(0);
		expect(score.contributions.find((c) => c.feature === 'tenure')!.contribution).toBe(0);
		expect(Number.isFinite(score.probability)).toBe(true);
	});

	it('keeps the explanation exact under Platt scaling fitted on out-of-fold log-odds', () => {
		const platt = trainRiskModel(history(2, 500), { calibration: 'platt' });
		expect(platt.calibration.method).toBe('platt');
		const score = scoreRisk(platt, { overtime: 15, tenure: 3, shift: 'evening', noise: 0.2 });
		const sum = score.contributions.reduce((s, c) => s + c.contribution, 0);
		expect(platt.baselineLogOdds + sum).toBeCloseTo(score.logOdds, 12);
	});
});

describe('fallback with too little history', () => {
	it('returns the smoothed base rate when only one class is present, and says so', () => {
		const rows = Array.from({ length: 30 }, (_, i) => ({ features: { tenure: i }, left: false }));
		const model = trainRiskModel(rows);
		expect(model.kind).toBe('base_rate');
		expect(model.fallback!.reason).toBe('single_class');
		expect(model.fallback!.message).toMatch(/nobody in the training history left/);
		const score = scoreRisk(model, { tenure: 3 });
		expect(score.probability).toBeCloseTo(0.5 / 31, 15);
		expect(score.contributions).toEqual([]);
	});

	it('falls back below 10 exits (configurable) and below 10 stays', () => {
		const rows = Array.from({ length: 200 }, (_, i) => ({ features: { tenure: i % 17, team: i % 3 ? 'a' : 'b' }, left: i < 6 }));
		const model = trainRiskModel(rows);
		expect(model.fallback).toEqual({ reason: 'too_few_exits', message: 'only 6 exits in the training history (at least 10 needed); every score is the smoothed base rate' });
		expect(scoreRisk(model, { tenure: 1 }).probability).toBeCloseTo(6.5 / 201, 15);
		expect(trainRiskModel(rows, { minClassCount: 5 }).kind).toBe('logistic_l2');
		const mostlyLeft = rows.map((r) => ({ ...r, left: !r.left }));
		expect(trainRiskModel(mostlyLeft).fallback!.reason).toBe('too_few_stays');
	});

	it('refuses no rows, bad labels and a bad grid', () => {
		expect(() => trainRiskModel([])).toThrow(/at least one training row/);
		expect(() => trainRiskModel([{ features: {}, left: 1 as unknown as boolean }])).toThrow(/row 0: left must be true or false/);
		expect(() => trainRiskModel(history(1, 50), { l2Grid: [0] })).toThrow(/l2Grid/);
	});
});

describe('assignStratifiedFolds', () => {
	it('spreads each class evenly over the folds, reproducibly', () => {
		const labels = Array.from({ length: 103 }, (_, i) => i % 5 === 0);
		const folds = assignStratifiedFolds(labels, 5, 3);
		expect(folds).toEqual(assignStratifiedFolds(labels, 5, 3));
		for (let f = 0; f < 5; f++) {
			const members = labels.filter((_, i) => folds[i] === f);
			expect(members.length).toBeGreaterThanOrEqual(20);
			expect(members.length).toBeLessThanOrEqual(21);
			const positives = members.filter(Boolean).length;
			expect(positives).toBeGreaterThanOrEqual(4);
			expect(positives).toBeLessThanOrEqual(5);
		}
	});
});
