import { describe, expect, it } from 'vitest';
import { scheduledAgents, totalShrinkage } from './shrinkage';

describe('shrinkage', () => {
	it('adds planned and unplanned shares of paid time', () => {
		expect(totalShrinkage({ planned: { breaks: 0.08, training: 0.05, coaching: 0.02, meetings: 0.03 }, unplanned: { sickness: 0.04, absence: 0.03 } })).toBeCloseTo(0.25, 15);
		expect(totalShrinkage({})).toBe(0);
		expect(totalShrinkage(0.3)).toBe(0.3);
	});
	it('refuses shares outside [0, 1) and totals of 100% or more', () => {
		expect(() => totalShrinkage(1)).toThrow(/\[0, 1\)/);
		expect(() => totalShrinkage(-0.1)).toThrow();
		expect(() => totalShrinkage({ planned: { breaks: 1.2 } })).toThrow(/planned.breaks/);
		expect(() => totalShrinkage({ planned: { breaks: 0.5 }, unplanned: { sickness: 0.5 } })).toThrow(/below 1/);
		expect(() => totalShrinkage({ unplanned: { sickness: Number.NaN } })).toThrow(/unplanned.sickness/);
	});
	it('schedules ceil(required / (1 − shrinkage)), immune to floating-point noise', () => {
		expect(21 / (1 - 0.3)).not.toBe(30); // 30.000000000000004 in doubles
		expect(scheduledAgents(21, 0.3)).toBe(30);
		expect(scheduledAgents(14, 0.3)).toBe(20); // C04: 14 raw → 20 positions
		expect(scheduledAgents(15, 0.3)).toBe(22); // C05: 15 → 22
		expect(scheduledAgents(0, 0.3)).toBe(0);
		expect(scheduledAgents(1, 0.01)).toBe(2);
		expect(scheduledAgents(10, 0)).toBe(10);
		expect(scheduledAgents(1_000_000, 0.5)).toBe(2_000_000);
		expect(scheduledAgents(1_000_001, 0.5)).toBe(2_000_002);
	});
	it('refuses bad arguments', () => {
		expect(() => scheduledAgents(-1, 0.3)).toThrow();
		expect(() => scheduledAgents(10, 1)).toThrow();
	});
});
