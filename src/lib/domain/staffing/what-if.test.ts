import { describe, expect, it } from 'vitest';
import { applyWhatIf } from './what-if';

const config = { channel: 'voice' as const, intervalMinutes: 30, serviceLevel: 0.8, answerSeconds: 20, shrinkage: 0.3 };
const intervals = [
	{ start: Date.UTC(2026, 0, 5, 8), volume: 100, ahtSeconds: 180 },
	{ start: Date.UTC(2026, 0, 5, 8, 30), volume: 0, ahtSeconds: 180 }
];

describe('applyWhatIf', () => {
	it('reproduces the textbook case with no change', () => {
		const result = applyWhatIf(intervals, config, { volumePercent: 0, ahtPercent: 0, serviceLevel: 0.8, shrinkage: 0.3 });
		expect(result.required).toEqual([14, 0]);
		expect(result.scheduled).toEqual([20, 0]);
		expect(result.scheduledHours).toBe(10);
		expect(result.peakScheduled).toBe(20);
	});
	it('needs more agents for more volume, longer handle time, a stricter target or more shrinkage', () => {
		const base = applyWhatIf(intervals, config, { volumePercent: 0, ahtPercent: 0, serviceLevel: 0.8, shrinkage: 0.3 }).scheduled[0]!;
		expect(applyWhatIf(intervals, config, { volumePercent: 20, ahtPercent: 0, serviceLevel: 0.8, shrinkage: 0.3 }).scheduled[0]).toBeGreaterThan(base);
		expect(applyWhatIf(intervals, config, { volumePercent: 0, ahtPercent: 20, serviceLevel: 0.8, shrinkage: 0.3 }).scheduled[0]).toBeGreaterThan(base);
		expect(applyWhatIf(intervals, config, { volumePercent: 0, ahtPercent: 0, serviceLevel: 0.95, shrinkage: 0.3 }).scheduled[0]).toBeGreaterThan(base);
		expect(applyWhatIf(intervals, config, { volumePercent: 0, ahtPercent: 0, serviceLevel: 0.8, shrinkage: 0.4 }).scheduled[0]).toBeGreaterThan(base);
	});
	it('treats a 100% volume cut as no work', () => {
		expect(applyWhatIf(intervals, config, { volumePercent: -100, ahtPercent: 0, serviceLevel: 0.8, shrinkage: 0.3 }).scheduled).toEqual([0, 0]);
	});
});
