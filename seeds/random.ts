/**
 * Seeded pseudo-random numbers for the demo data, so the same seed always yields the same
 * contact center.
 *
 * Model: mulberry32, a 32-bit state generator by Tommy Ettinger (public domain, 2017; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). Each call advances
 * the state by the odd constant 0x6D2B79F5 and mixes it with two multiply-xorshift rounds.
 *
 * Limits: the period is 2^32 and the output has 32 bits of resolution (values are multiples of
 * 2^-32), and it passes gjrand/PractRand only up to a few GB of output. That is plenty for
 * seeding a few million demo values; it is not for cryptography, and not for simulations that
 * need more than about 10^9 draws from one stream. Derive independent streams with
 * `deriveSeed` rather than sharing one generator across unrelated parts of the model, so
 * changing one part does not shift the numbers of another.
 *
 * Distributions: normal by Box-Muller (both values used, so two uniforms per two normals);
 * Poisson by Knuth's multiplication method below lambda 30 (exact, O(lambda) uniforms) and a
 * rounded normal N(lambda, lambda) above (error in the tails only, under 1% at lambda 30);
 * binomial by summing Bernoulli trials up to n 60, else a rounded normal clamped to [0, n].
 */

import { mulberry32 } from '../src/lib/domain/random';

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** Picks an item with probability proportional to its weight (weights >= 0, not all 0). */
	pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
	normal(mean?: number, sd?: number): number;
	poisson(lambda: number): number;
	binomial(n: number, p: number): number;
	chance(p: number): boolean;
	/** A copy of `items` in random order (Fisher-Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

const knuthLimit = 30;
const binomialTrialLimit = 60;

export function createRandom(seed: number): Random {
	let spare: number | undefined;
	const next = mulberry32(seed);

	const int = (min: number, max: number): number => {
		if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`int(${min}, ${max})`);
		return min + Math.floor(next() * (max - min + 1));
	};

	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new RangeError('pick from an empty array');
		return items[Math.floor(next() * items.length)] as T;
	};

	const pickWeighted = <T>(items: readonly T[], weights: readonly number[]): T => {
		if (items.length === 0 || items.length !== weights.length) throw new RangeError('pickWeighted needs one weight per item');
		let total = 0;
		for (const w of weights) total += Math.max(0, w);
		if (!(total > 0)) throw new RangeError('pickWeighted needs a positive weight');
		let target = next() * total;
		for (let i = 0; i < items.length; i++) {
			target -= Math.max(0, weights[i] as number);
			if (target < 0) return items[i] as T;
		}
		// Rounding can leave a sliver of target; it belongs to the last positive weight.
		for (let i = items.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return items[i] as T;
		return items[items.length - 1] as T;
	};

	const normal = (mean = 0, sd = 1): number => {
		if (spare !== undefined) {
			const z = spare;
			spare = undefined;
			return mean + sd * z;
		}
		// 1 - next() is in (0, 1], so the logarithm is finite.
		const u = 1 - next();
		const v = next();
		const r = Math.sqrt(-2 * Math.log(u));
		spare = r * Math.sin(2 * Math.PI * v);
		return mean + sd * r * Math.cos(2 * Math.PI * v);
	};

	const poisson = (lambda: number): number => {
		if (!(lambda > 0)) return 0;
		if (lambda >= knuthLimit) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
		const limit = Math.exp(-lambda);
		let k = 0;
		let product = next();
		while (product > limit) {
			k++;
			product *= next();
		}
		return k;
	};

	const binomial = (n: number, p: number): number => {
		if (n <= 0 || p <= 0) return 0;
		if (p >= 1) return n;
		if (n <= binomialTrialLimit) {
			let k = 0;
			for (let i = 0; i < n; i++) if (next() < p) k++;
			return k;
		}
		const value = Math.round(normal(n * p, Math.sqrt(n * p * (1 - p))));
		return Math.min(n, Math.max(0, value));
	};

	const chance = (p: number): boolean => next() < p;

	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = items.slice();
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			const tmp = copy[i] as T;
			copy[i] = copy[j] as T;
			copy[j] = tmp;
		}
		return copy;
	};

	return { next, int, pick, pickWeighted, normal, poisson, binomial, chance, shuffle };
}

/** A seed for an independent stream named `label`, so each part of a model draws its own numbers. */
export function deriveSeed(seed: number, label: string): number {
	// FNV-1a over the label, then one mulberry32 mixing step with the base seed.
	let h = 0x811c9dc5;
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return Math.floor(createRandom((h ^ seed) >>> 0).next() * 4294967296) >>> 0;
}
