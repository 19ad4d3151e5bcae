import { describe, expect, it } from 'vitest';
import { outcomesByPath, pathOf, type CaseOutcomeRow } from './case-outcomes';

const row = (decisionId: number, over: Partial<CaseOutcomeRow> = {}): CaseOutcomeRow => ({ decisionId, outcome: 'autonomous', verdict: null, escalated: null, csat: 5, fcr: true, ...over });

describe('case outcomes by decision path', () => {
	it('names the path of a decision', () => {
		expect(pathOf({ outcome: 'autonomous', verdict: null, escalated: null })).toBe('autonomous');
		expect(pathOf({ outcome: 'needs_approval', verdict: null, escalated: null })).toBe('pending');
		expect(pathOf({ outcome: 'needs_approval', verdict: 'approved', escalated: false })).toBe('approved');
		expect(pathOf({ outcome: 'needs_approval', verdict: 'approved', escalated: true })).toBe('escalated');
		expect(pathOf({ outcome: 'needs_approval', verdict: 'denied', escalated: false })).toBe('denied');
		expect(pathOf({ outcome: 'not_allowed', verdict: null, escalated: null })).toBe('not_allowed');
	});
	it('takes FCR from the first contact, CSAT over all answers, and a second contact as a repeat', () => {
		const rows = [row(1), row(1, { csat: 3, fcr: false }), row(2, { csat: 4 }), row(3, { fcr: false, csat: null })];
		const [autonomous] = outcomesByPath(rows, 1);
		expect(autonomous).toEqual({ path: 'autonomous', cases: 3, interactions: 4, fcrRate: 2 / 3, meanCsat: 4, repeatRate: 1 / 3 });
	});
	it('reports no rates for a path with too few cases', () => {
		const result = outcomesByPath([row(1), row(2)], 5);
		expect(result[0]).toMatchObject({ cases: 2, fcrRate: null, meanCsat: null, repeatRate: null });
		expect(result.find((p) => p.path === 'approved')).toMatchObject({ cases: 0, interactions: 0 });
	});
});
