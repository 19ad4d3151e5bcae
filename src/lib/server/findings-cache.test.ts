import { describe, expect, it } from 'vitest';
import { cachedFindings, forgetCachedFindings } from './findings-cache';

describe('findings cache', () => {
	it('computes once per key within ten minutes, again after, and again once forgotten', async () => {
		let calls = 0;
		const compute = async () => ++calls;
		expect(await cachedFindings('a', compute, 0)).toBe(1);
		expect(await cachedFindings('a', compute, 599_999)).toBe(1);
		expect(await cachedFindings('b', compute, 1)).toBe(2);
		expect(await cachedFindings('a', compute, 600_000)).toBe(3);
		forgetCachedFindings();
		expect(await cachedFindings('a', compute, 600_001)).toBe(4);
	});
	it('does not keep a failure', async () => {
		await expect(cachedFindings('c', async () => Promise.reject(new Error('boom')), 0)).rejects.toThrow('boom');
		expect(await cachedFindings('c', async () => 'ok', 1)).toBe('ok');
	});
});
