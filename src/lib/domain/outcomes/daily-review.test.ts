import { describe, expect, it } from 'vitest';
import { compareDay } from './daily-review';

describe('daily review', () => {
	const baseline = [{ csat: 0.8, fcr: 0.7, aht: 300 }, { csat: 0.82, fcr: 0.72, aht: 310 }, { csat: 0.78, fcr: 0.71, aht: 290 }, { csat: 0.81, fcr: 0.69, aht: 305 }];
	it('flags a measure outside the baseline range by more than the tolerance, and not ordinary noise', () => {
		const moves = compareDay({ csat: 0.7, fcr: 0.705, aht: 312 }, baseline);
		expect(moves[0]).toMatchObject({ measure: 'csat', notable: true });
		expect(moves[0]!.change).toBeCloseTo(0.7 - 0.8025);
		expect(moves.find((m) => m.measure === 'fcr')!.notable).toBe(false);
		expect(moves.find((m) => m.measure === 'aht')!.notable).toBe(false);
	});
	it('skips measures missing that day or with fewer than two baseline days', () => {
		expect(compareDay({ csat: null, fcr: 0.9 }, [{ fcr: 0.7 }]).length).toBe(0);
	});
	it('uses a share of the mean when the baseline never moved', () => {
		expect(compareDay({ x: 101 }, [{ x: 100 }, { x: 100 }])[0]!.notable).toBe(false);
		expect(compareDay({ x: 110 }, [{ x: 100 }, { x: 100 }])[0]!.notable).toBe(true);
	});
});
