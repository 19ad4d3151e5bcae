import { describe, expect, it } from 'vitest';
import { parseTargets, targetForEntry } from './target-input';

describe('outcome target input', () => {
	it('stores percent as shares and hours as seconds; blank means no target', () => {
		expect(parseTargets({ csat: '85', fcr: '72,5', resolutionSeconds: '8', firstReplySeconds: '', handleSeconds: ' 360 ' })).toEqual({ ok: true, value: { csat: 0.85, fcr: 0.725, resolutionSeconds: 28800, handleSeconds: 360 } });
	});
	it('names each bad field and why', () => {
		expect(parseTargets({ csat: '185', customerEffort: '0.5', qaScore: 'eighty', handleSeconds: '1e3' })).toEqual({
			ok: false,
			errors: [
				{ field: 'csat', code: 'range', params: { min: 0, max: 100 } },
				{ field: 'customerEffort', code: 'range', params: { min: 1, max: 7 } },
				{ field: 'handleSeconds', code: 'number' },
				{ field: 'qaScore', code: 'number' }
			]
		});
	});
	it('accepts the edges of each range', () => {
		expect(parseTargets({ csat: '100', customerEffort: '7', qaScore: '0' })).toEqual({ ok: true, value: { csat: 1, customerEffort: 7, qaScore: 0 } });
	});
	it('shows a stored target back in the unit people type', () => {
		expect(targetForEntry('csat', 0.85)).toBe('85');
		expect(targetForEntry('resolutionSeconds', 28800)).toBe('8');
		expect(targetForEntry('qaScore', undefined)).toBe('');
	});
});
