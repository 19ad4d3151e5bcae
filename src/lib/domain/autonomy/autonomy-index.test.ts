import { describe, expect, it } from 'vitest';
import { computeAutonomyIndex, isoWeekStart, median } from './autonomy-index';

describe('autonomy index', () => {
	it('starts weeks on Monday', () => {
		expect(isoWeekStart('2026-11-23')).toBe('2026-11-23');
		expect(isoWeekStart('2026-11-29')).toBe('2026-11-23');
		expect(isoWeekStart('2026-11-22')).toBe('2026-11-16');
		expect(isoWeekStart('2027-01-01')).toBe('2026-12-28');
	});
	it('medians', () => {
		expect(median([])).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
	it('computes shares and turnaround per team and week; pending approvals count in neither share', () => {
		const t0 = Date.parse('2026-11-23T09:00:00Z');
		const rows = computeAutonomyIndex([
			{ teamId: 1, day: '2026-11-23', outcome: 'autonomous', createdAt: t0, review: null },
			{ teamId: 1, day: '2026-11-24', outcome: 'needs_approval', createdAt: t0, review: { verdict: 'approved', createdAt: t0 + 20 * 60_000 } },
			{ teamId: 1, day: '2026-11-25', outcome: 'needs_approval', createdAt: t0, review: { verdict: 'denied', createdAt: t0 + 40 * 60_000 } },
			{ teamId: 1, day: '2026-11-26', outcome: 'needs_approval', createdAt: t0, review: null },
			{ teamId: 1, day: '2026-11-30', outcome: 'not_allowed', createdAt: t0, review: null },
			{ teamId: null, day: '2026-11-23', outcome: 'autonomous', createdAt: t0, review: null }
		]);
		expect(rows).toEqual([
			{ teamId: 1, weekStart: '2026-11-23', decisions: 4, autonomous: 1, needsApproval: 3, notAllowed: 0, approved: 1, denied: 1, autonomyShare: 0.25, resolvedShare: 0.5, medianTurnaroundMinutes: 30 },
			{ teamId: 1, weekStart: '2026-11-30', decisions: 1, autonomous: 0, needsApproval: 0, notAllowed: 1, approved: 0, denied: 0, autonomyShare: 0, resolvedShare: 0, medianTurnaroundMinutes: null }
		]);
	});
});
