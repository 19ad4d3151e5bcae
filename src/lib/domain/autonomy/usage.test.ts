import { describe, expect, it } from 'vitest';
import { summarizeUsage } from './usage';

describe('summarizeUsage', () => {
	it('counts paths, answered turnaround and spend per currency, per team', () => {
		const t = 1_000_000;
		const rows = [
			{ teamId: 2, outcome: 'autonomous' as const, amount: 500, currency: 'EUR', createdAt: t, review: null },
			{ teamId: 2, outcome: 'needs_approval' as const, amount: 9000, currency: 'EUR', createdAt: t, review: { verdict: 'approved' as const, createdAt: t + 10 * 60_000 } },
			{ teamId: 2, outcome: 'needs_approval' as const, amount: 9000, currency: 'PLN', createdAt: t, review: { verdict: 'denied' as const, createdAt: t + 30 * 60_000 } },
			{ teamId: 2, outcome: 'needs_approval' as const, amount: 100, currency: 'EUR', createdAt: t, review: null },
			{ teamId: 2, outcome: 'not_allowed' as const, amount: 99999, currency: 'EUR', createdAt: t, review: null },
			{ teamId: 1, outcome: 'autonomous' as const, amount: null, currency: null, createdAt: t, review: null },
			{ teamId: null, outcome: 'autonomous' as const, amount: 1, currency: 'EUR', createdAt: t, review: null }
		];
		expect(summarizeUsage(rows)).toEqual([
			{ teamId: 1, decisions: 1, autonomous: 1, approvals: 0, approved: 0, denied: 0, waiting: 0, notAllowed: 0, medianTurnaroundMinutes: null, spend: {} },
			{ teamId: 2, decisions: 5, autonomous: 1, approvals: 3, approved: 1, denied: 1, waiting: 1, notAllowed: 1, medianTurnaroundMinutes: 20, spend: { EUR: { alone: 500, approved: 9000 }, PLN: { alone: 0, approved: 0 } } }
		]);
	});
});
