import { describe, expect, it } from 'vitest';
import { mulberry32, shuffle } from './random';

describe('mulberry32', () => {
	it('repeats for a seed, differs between seeds, stays in [0, 1)', () => {
		const a = mulberry32(7);
		const b = mulberry32(7);
		const c = mulberry32(8);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(c()).not.toBe(xs[0]);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeGreaterThan(0.45);
	});
});

describe('shuffle', () => {
	it('returns the same array as a permutation, repeats for a seed, and puts each item first about equally often', () => {
		const xs = [0, 1, 2, 3];
		expect(shuffle(xs, mulberry32(1))).toBe(xs);
		expect([...xs].sort()).toEqual([0, 1, 2, 3]);
		expect(shuffle([0, 1, 2, 3, 4, 5], mulberry32(9))).toEqual(shuffle([0, 1, 2, 3, 4, 5], mulberry32(9)));
		const random = mulberry32(3);
		const first = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) first[shuffle([0, 1, 2, 3], random)[0]!]!++;
		for (const n of first) expect(n).toBeGreaterThan(850);
	});
});
