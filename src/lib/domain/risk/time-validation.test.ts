import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { sigmoid } from './logistic';
import { validateRiskByTime, type DatedRiskRow } from './time-validation';

function datedHistory(seed: number): DatedRiskRow[] {
	const random = mulberry32(seed);
	return Array.from({ length: 400 }, (_, i) => {
		const overtime = random() * 20;
		const day = String(1 + (i % 28)).padStart(2, '0');
		const month = String(1 + Math.floor(i / 40)).padStart(2, '0');
		return { features: { overtime }, left: random() < sigmoid(-3 + 0.2 * overtime), at: `2025-${month}-${day}` };
	});
}

describe('validateRiskByTime', () => {
	const rows = datedHistory(4);

	it('trains only on records before the cut and scores those at or after it', () => {
		const result = validateRiskByTime(rows, '2025-08-01');
		expect(result.trainRows).toBe(rows.filter((r) => r.at < '2025-08-01').length);
		expect(result.trainRows + result.testRows).toBe(rows.length);
		expect(result.model.trainingRows).toBe(result.trainRows);
		expect(result.testExits).toBe(rows.filter((r) => r.at >= '2025-08-01' && r.left).length);
		expect(result.metrics.auc!).toBeGreaterThan(0.6);
		expect(result.metrics.brier).toBeLessThan(result.baseRateBrier);
		expect(result.metrics.calibrationBins.reduce((s, b) => s + b.count, 0)).toBe(result.testRows);
	});

	it('is deterministic', () => {
		expect(validateRiskByTime(rows, '2025-06-01', { seed: 2 })).toEqual(validateRiskByTime(rows, '2025-06-01', { seed: 2 }));
	});

	it('refuses a cut with nothing on one side and unparseable dates', () => {
		expect(() => validateRiskByTime(rows, '2020-01-01')).toThrow(/no records before the cut/);
		expect(() => validateRiskByTime(rows, '2030-01-01')).toThrow(/no records at or after the cut/);
		expect(() => validateRiskByTime(rows, 'soon')).toThrow(/cut must be an ISO date/);
		expect(() => validateRiskByTime([{ features: {}, left: true, at: 'x' }], '2025-01-01')).toThrow(/row 0: at must be/);
	});
});
