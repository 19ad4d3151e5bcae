import { describe, expect, it } from 'vitest';
import { deviationsFromExpert, krippendorffAlpha } from './krippendorff';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12
// units, missing values. Published: nominal 0.743, interval 0.849.
const _ = null;
const reliability = [
	[1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
	[1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
	[_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
	[1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _]
];

describe("Krippendorff's alpha", () => {
	it("reproduces the published values of Krippendorff's worked example", () => {
		expect(krippendorffAlpha(reliability, 'nominal')).toBeCloseTo(0.743, 3);
		expect(krippendorffAlpha(reliability, 'interval')).toBeCloseTo(0.849, 3);
	});
	it('is 1 for perfect agreement and null when nothing varies or nothing is shared', () => {
		expect(krippendorffAlpha([[1, 2, 3], [1, 2, 3]])).toBe(1);
		expect(krippendorffAlpha([[2, 2], [2, 2]])).toBeNull();
		expect(krippendorffAlpha([[1, _], [_, 2]])).toBeNull();
	});
	it('falls below 0 when reviewers disagree systematically', () => {
		expect(krippendorffAlpha([[1, 5, 1, 5], [5, 1, 5, 1]])!).toBeLessThan(0);
	});
});

describe('deviations from the expert', () => {
	it('averages signed and absolute differences over the units both scored', () => {
		expect(deviationsFromExpert([80, 60, _], [[90, 50, 70], [_, _, 10]])).toEqual([{ mean: 0, meanAbsolute: 10, units: 2 }, { mean: null, meanAbsolute: null, units: 0 }]);
	});
});
