// Property tests of the release plan over random organisations (seeded, so every run checks the
// same cases). Checks are written from scratch on plain sets, independent of the planner's code.
import { describe, expect, it } from 'vitest';
import { mulberry32, shuffle } from '../random';
import { planRelease, type ReleasePlan, type Segment } from './anonymity';
import { SMALL_ORG, buildSegmentUniverse, generateOrg, type SyntheticOrgOptions } from './synthetic-org';

const MEDIUM_ORG: SyntheticOrgOptions = { sites: [1, 5], teamsPerSite: [1, 5], teamSize: [1, 16], responseRate: [0.3, 1], tenureBands: ['<1y', '1-3y', '3y+'], teamByTenure: true };

// Measured with the current planner on seeds 3001-3300 (see the last test); lower is better.
const UNION_LEAKS_SEEN = 0;
const SET_LEAKS_SEEN = 1;
const VECTOR_LEAKS_SEEN = 7;

interface Case {
	seed: number;
	k: number;
	kc: number;
	segments: Segment[];
	plan: ReleasePlan;
}

function makeCase(seed: number, options: SyntheticOrgOptions): Case {
	const random = mulberry32(seed);
	const k = 3 + Math.floor(random() * 8);
	const kc = k + Math.floor(random() * 6);
	const segments = buildSegmentUniverse(generateOrg(random, options), options);
	return { seed, k, kc, segments, plan: planRelease(segments, { minRespondents: k, minCommentRespondents: kc }) };
}

const isSubset = (small: ReadonlySet<string>, large: ReadonlySet<string>) => [...small].every((m) => large.has(m));
const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((m) => !b.has(m)).length;
const symmetric = (a: ReadonlySet<string>, b: ReadonlySet<string>) => minus(a, b) + minus(b, a);
const safe = (size: number, k: number) => size === 0 || size >= k;

/** The member sets an attacker sees aggregates for, per layer (scores, comments). */
function releasedSets(c: Case, layer: 'scores' | 'comments'): { key: string; dimension: string; parentKey: string | null; members: ReadonlySet<string> }[] {
	return [...c.plan.segments.values()].filter((s) => (layer === 'scores' ? s.released : s.commentsReleased));
}

/** Violations of the stated rules, as readable strings (empty when the plan is safe). */
function ruleViolations(c: Case, layer: 'scores' | 'comments'): string[] {
	const k = layer === 'scores' ? c.k : c.kc;
	const released = releasedSets(c, layer);
	const problems: string[] = [];
	for (const s of released) if (s.members.size < k) problems.push(`${s.key} released with ${s.members.size} < ${k}`);
	if (layer === 'comments')
		for (const s of c.plan.segments.values()) if (s.commentsReleased && !s.released) problems.push(`${s.key} comments released without scores`);
	// Every single difference between two released sets, and every near-duplicate pair.
	for (const a of released)
		for (const b of released) {
			if (a === b) continue;
			if (isSubset(b.members, a.members) && !safe(minus(a.members, b.members), k)) problems.push(`${a.key} minus ${b.key} = ${minus(a.members, b.members)}`);
			if (!safe(symmetric(a.members, b.members), k)) problems.push(`${a.key} vs ${b.key} differ by ${symmetric(a.members, b.members)}`);
		}
	// Every released parent minus the union of its released children of one dimension.
	for (const parent of released) {
		const byDimension = new Map<string, Set<string>>();
		for (const child of released) {
			if (child.parentKey !== parent.key) continue;
			const union = byDimension.get(child.dimension) ?? new Set<string>();
			for (const m of child.members) union.add(m);
			byDimension.set(child.dimension, union);
		}
		for (const [dimension, union] of byDimension)
			if (!safe(minus(parent.members, union), k)) problems.push(`${parent.key} minus its released ${dimension} children = ${minus(parent.members, union)}`);
	}
	return problems;
}

/**
 * Brute force: X minus Y for every X, Y in a family D with Y inside X, where D is the released
 * sets plus unions of released sets: with `unions: 'siblings'`, every union of released siblings
 * (same parent, same dimension); with `unions: 'any'`, every union of pairwise-disjoint released
 * sets. Returns null when D would exceed `limit` sets.
 */
function bruteForceViolations(c: Case, layer: 'scores' | 'comments', unions: 'siblings' | 'any', limit = 4000): string[] | null {
	const k = layer === 'scores' ? c.k : c.kc;
	const released = releasedSets(c, layer);
	const family: { label: string; set: Set<string> }[] = [];
	const grow = (pool: typeof released, from: number, labels: string[], union: Set<string>): boolean => {
		if (labels.length > 0) {
			family.push({ label: labels.join(' + '), set: union });
			if (family.length > limit) return false;
		}
		for (let i = from; i < pool.length; i++) {
			const next = pool[i]!;
			if ([...next.members].some((m) => union.has(m))) continue;
			if (!grow(pool, i + 1, [...labels, next.key], new Set([...union, ...next.members]))) return false;
		}
		return true;
	};
	if (unions === 'any') {
		if (!grow(released, 0, [], new Set())) return null;
	} else {
		const groups = new Map<string, typeof released>();
		for (const s of released) {
			const id = `${s.parentKey}\u0000${s.dimension}`;
			groups.set(id, [...(groups.get(id) ?? []), s]);
		}
		for (const group of groups.values()) if (!grow(group, 0, [], new Set())) return null;
	}
	const problems: string[] = [];
	for (const x of family)
		for (const y of family) {
			if (y.set.size >= x.set.size || !isSubset(y.set, x.set)) continue;
			if (!safe(x.set.size - y.set.size, k)) problems.push(`(${x.label}) minus (${y.label}) leaves ${x.set.size - y.set.size}`);
		}
	return problems;
}

/**
 * Strongest check, linear algebra over atoms (respondents grouped by which released sets hold
 * them): a set of fewer than k people whose total follows from some linear combination of the
 * released totals. `anyVector` also counts combinations with other coefficients than 0/1
 * (e.g. a difference of two people's answers). Returns null when there are too many atoms.
 */
function linearLeaks(c: Case, layer: 'scores' | 'comments', anyVector: boolean, maxAtoms = 28): number | null {
	const k = layer === 'scores' ? c.k : c.kc;
	const released = releasedSets(c, layer);
	const atomOf = new Map<string, number[]>();
	const everyone = new Set(c.segments.flatMap((s) => [...s.members]));
	for (const person of everyone) {
		const signature = released.map((s) => (s.members.has(person) ? '1' : '0')).join('');
		if (!signature.includes('1')) continue;
		const list = atomOf.get(signature) ?? [];
		list.push(0);
		atomOf.set(signature, list);
	}
	const signatures = [...atomOf.keys()];
	const sizes = signatures.map((s) => atomOf.get(s)!.length);
	const m = signatures.length;
	if (m > maxAtoms) return null;
	// Rows: released sets over atoms. Null space basis N (M y = 0); x is in the row space iff N x = 0.
	const rows = released.map((_, r) => signatures.map((s) => Number(s[r])));
	const pivots: number[] = [];
	const reduced = rows.map((row) => [...row]);
	let rank = 0;
	for (let col = 0; col < m && rank < reduced.length; col++) {
		let pivot = -1;
		for (let r = rank; r < reduced.length; r++) if (Math.abs(reduced[r]![col]!) > 1e-9) pivot = pivot < 0 || Math.abs(reduced[r]![col]!) > Math.abs(reduced[pivot]![col]!) ? r : pivot;
		if (pivot < 0) continue;
		[reduced[rank], reduced[pivot]] = [reduced[pivot]!, reduced[rank]!];
		const p = reduced[rank]!;
		const scale = p[col]!;
		for (let j = 0; j < m; j++) p[j]! /= scale;
		for (let r = 0; r < reduced.length; r++) {
			if (r === rank) continue;
			const factor = reduced[r]![col]!;
			if (Math.abs(factor) < 1e-12) continue;
			for (let j = 0; j < m; j++) reduced[r]![j]! -= factor * p[j]!;
		}
		pivots.push(col);
		rank++;
	}
	const free = [...Array(m).keys()].filter((col) => !pivots.includes(col));
	const nullBasis = free.map((f) => {
		const y = new Array<number>(m).fill(0);
		y[f] = 1;
		pivots.forEach((col, r) => (y[col] = -reduced[r]![f]!));
		return y;
	});
	// Columns of N: one vector per atom.
	const columns = [...Array(m).keys()].map((a) => nullBasis.map((y) => y[a]!));
	let leaks = 0;
	// DFS over atom subsets with fewer than k people.
	const visit = (from: number, people: number, sum: number[], basis: number[][]) => {
		for (let a = from; a < m; a++) {
			const total = people + sizes[a]!;
			if (total >= k) continue;
			const nextSum = sum.map((v, i) => v + columns[a]![i]!);
			if (!anyVector) {
				if (nextSum.every((v) => Math.abs(v) < 1e-7)) leaks++;
				visit(a + 1, total, nextSum, basis);
				continue;
			}
			// Dependent columns of N on the subset = a nonzero span vector supported on it.
			let v = [...columns[a]!];
			for (const b of basis) {
				const lead = b.findIndex((x) => Math.abs(x) > 1e-9);
				if (Math.abs(v[lead]!) > 1e-9) {
					const f = v[lead]! / b[lead]!;
					v = v.map((x, i) => x - f * b[i]!);
				}
			}
			if (v.every((x) => Math.abs(x) < 1e-7)) {
				leaks++;
				continue;
			}
			visit(a + 1, total, nextSum, [...basis, v]);
		}
	};
	visit(0, 0, new Array(nullBasis.length).fill(0), []);
	return leaks;
}

describe('release plan properties over random organisations', () => {
	it('never releases a group below k, nor a single difference, near-duplicate or parent remainder below k (400 medium orgs)', () => {
		let released = 0;
		let suppressed = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const c = makeCase(seed, MEDIUM_ORG);
			for (const layer of ['scores', 'comments'] as const) expect(ruleViolations(c, layer), `seed ${seed} (k ${c.k}, kc ${c.kc}) ${layer}`).toEqual([]);
			for (const s of c.plan.segments.values()) s.released ? released++ : suppressed++;
		}
		// The plan is not vacuous: a good share of segments stays visible.
		expect(released).toBeGreaterThan(suppressed / 4);
	});
	it('survives the brute force: every released set or union of released siblings minus another inside it (300 small orgs)', () => {
		let checked = 0;
		for (let seed = 1001; seed <= 1300; seed++) {
			const c = makeCase(seed, SMALL_ORG);
			for (const layer of ['scores', 'comments'] as const) {
				const problems = bruteForceViolations(c, layer, 'siblings');
				if (problems === null) continue;
				checked++;
				expect(problems, `seed ${seed} (k ${c.k}, kc ${c.kc}) ${layer}`).toEqual([]);
			}
		}
		expect(checked).toBe(600);
	});
	it('gives the same plan whatever the order of the segments', () => {
		for (let seed = 2001; seed <= 2050; seed++) {
			const c = makeCase(seed, MEDIUM_ORG);
			const shuffled = shuffle([...c.segments], mulberry32(seed));
			const again = planRelease(shuffled, c.plan.policy);
			for (const [key, s] of c.plan.segments) expect([key, again.segments.get(key)!.released, again.segments.get(key)!.commentsReleased]).toEqual([key, s.released, s.commentsReleased]);
		}
	});
	// Beyond the rules: unions mixing dimensions, and arbitrary linear combinations. The planner
	// does not search these exhaustively (see the header of anonymity.ts); this measures how often
	// they still leak on small random organisations and fails if that gets worse.
	it('measures leaks through unions of any disjoint released sets and through linear combinations (small orgs)', () => {
		let cases = 0;
		let unionLeaks = 0;
		let setLeaks = 0;
		let vectorLeaks = 0;
		for (let seed = 3001; seed <= 3300; seed++) {
			const c = makeCase(seed, SMALL_ORG);
			const unions = bruteForceViolations(c, 'scores', 'any');
			const sets = linearLeaks(c, 'scores', false);
			const vectors = linearLeaks(c, 'scores', true);
			if (unions === null || sets === null || vectors === null) continue;
			cases++;
			if (unions.length > 0) unionLeaks++;
			if (sets > 0) setLeaks++;
			if (vectors > 0) vectorLeaks++;
		}
		console.log(`${cases} small orgs: ${unionLeaks} leak through a union of disjoint released sets, ${setLeaks} through any derivable set, ${vectorLeaks} through any linear combination`);
		expect(cases).toBeGreaterThan(250);
		expect(unionLeaks).toBeLessThanOrEqual(UNION_LEAKS_SEEN);
		expect(setLeaks).toBeLessThanOrEqual(SET_LEAKS_SEEN);
		expect(vectorLeaks).toBeLessThanOrEqual(VECTOR_LEAKS_SEEN);
	});
});
