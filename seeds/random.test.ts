import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from './random';

function moments(values: number[]): { mean: number; variance: number } {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
	return { mean, variance };
}

describe('createRandom', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const c = createRandom(43);
		const seqA = Array.from({ length: 20 }, () => a.next());
		const seqB = Array.from({ length: 20 }, () => b.next());
		const seqC = Array.from({ length: 20 }, () => c.next());
		expect(seqA).toEqual(seqB);
		expect(seqA).not.toEqual(seqC);
	});

	it('keeps uniforms in [0, 1) with a flat histogram', () => {
		const r = createRandom(1);
		const bins = new Array<number>(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = r.next();
			if (!(x >= 0 && x < 1)) outside++;
			else bins[Math.floor(x * 10)]!++;
		}
		expect(outside).toBe(0);
		for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});

	it('keeps int within its inclusive bounds and reaches both ends', () => {
		const r = createRandom(7);
		const seen = new Set<number>();
		for (let i = 0; i < 10_000; i++) {
			const x = r.int(-2, 3);
			expect(Number.isInteger(x) && x >= -2 && x <= 3).toBe(true);
			seen.add(x);
		}
		expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
		expect(() => r.int(3, 2)).toThrow(RangeError);
	});

	it('picks from arrays, by weight too', () => {
		const r = createRandom(9);
		const items = ['a', 'b', 'c'] as const;
		const counts = { a: 0, b: 0, c: 0 };
		for (let i = 0; i < 30_000; i++) counts[r.pickWeighted(items, [1, 2, 0])]++;
		expect(counts.c).toBe(0);
		expect(counts.b / counts.a).toBeGreaterThan(1.8);
		expect(counts.b / counts.a).toBeLessThan(2.2);
		expect(items).toContain(r.pick(items));
		expect(() => r.pick([])).toThrow(RangeError);
	});

	it('draws normals with the asked mean and variance', () => {
		const r = createRandom(11);
		const { mean, variance } = moments(Array.from({ length: 50_000 }, () => r.normal(5, 2)));
		expect(mean).toBeCloseTo(5, 1);
		expect(variance).toBeGreaterThan(3.8);
		expect(variance).toBeLessThan(4.2);
	});

	it.each([0.5, 4, 25, 80])('draws Poisson(%d) with mean and variance near lambda', (lambda) => {
		const r = createRandom(13);
		const values = Array.from({ length: 40_000 }, () => r.poisson(lambda));
		for (const v of values) expect(Number.isInteger(v) && v >= 0).toBe(true);
		const { mean, variance } = moments(values);
		expect(Math.abs(mean - lambda) / lambda).toBeLessThan(0.03);
		expect(Math.abs(variance - lambda) / lambda).toBeLessThan(0.06);
	});

	it('draws binomials within [0, n] with mean n p', () => {
		const r = createRandom(17);
		for (const n of [10, 200]) {
			const values = Array.from({ length: 20_000 }, () => r.binomial(n, 0.3));
			for (const v of values) expect(v >= 0 && v <= n).toBe(true);
			expect(Math.abs(moments(values).mean - n * 0.3) / (n * 0.3)).toBeLessThan(0.02);
		}
		expect(r.binomial(0, 0.5)).toBe(0);
		expect(r.binomial(5, 1)).toBe(5);
	});

	it('hits chance(p) at rate p and shuffles without losing items', () => {
		const r = createRandom(19);
		let hits = 0;
		for (let i = 0; i < 20_000; i++) if (r.chance(0.25)) hits++;
		expect(hits / 20_000).toBeCloseTo(0.25, 1);
		const items = [1, 2, 3, 4, 5, 6];
		expect(r.shuffle(items).sort()).toEqual(items);
	});

	it('derives distinct, stable stream seeds', () => {
		expect(deriveSeed(1, 'volumes')).toBe(deriveSeed(1, 'volumes'));
		expect(deriveSeed(1, 'volumes')).not.toBe(deriveSeed(1, 'people'));
		expect(deriveSeed(1, 'volumes')).not.toBe(deriveSeed(2, 'volumes'));
	});
});
