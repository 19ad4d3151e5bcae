import { describe, expect, it } from 'vitest';
import { gapToTarget, higherIsBetter, isOutcomeMeasure, meetsTarget } from './measures';

describe('outcome measures', () => {
	it('knows which way is better', () => {
		expect(higherIsBetter('csat')).toBe(true);
		expect(higherIsBetter('customerEffort')).toBe(true);
		expect(higherIsBetter('firstReplySeconds')).toBe(false);
		expect(higherIsBetter('handleSeconds')).toBe(false);
	});
	it('meets a target at equality and on the better side only', () => {
		expect(meetsTarget('csat', 0.85, 0.85)).toBe(true);
		expect(meetsTarget('csat', 0.8499, 0.85)).toBe(false);
		expect(meetsTarget('resolutionSeconds', 3600, 3600)).toBe(true);
		expect(meetsTarget('resolutionSeconds', 3601, 3600)).toBe(false);
		expect(meetsTarget('fcr', null, 0.7)).toBeNull();
		expect(meetsTarget('fcr', 0.7, undefined)).toBeNull();
	});
	it('signs the gap so positive is better', () => {
		expect(gapToTarget('csat', 0.9, 0.85)).toBeCloseTo(0.05);
		expect(gapToTarget('firstReplySeconds', 50, 60)).toBe(10);
		expect(gapToTarget('firstReplySeconds', 70, 60)).toBe(-10);
	});
	it('recognises measure names', () => {
		expect(isOutcomeMeasure('qaScore')).toBe(true);
		expect(isOutcomeMeasure('nps')).toBe(false);
	});
});
