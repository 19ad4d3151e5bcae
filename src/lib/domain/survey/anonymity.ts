// Survey anonymity: which aggregates of one survey wave may leave the server.
// Model: a release plan is computed once per wave (and per answer set, see below) over the
// whole universe of segments the product can show, so what is released never depends on which
// query a user asks; two separate queries therefore cannot be differenced into a hidden group.
// The server answers only through `aggregate`, `summarizeSegment` and `compareSegments`.
// Sources: the usual people-analytics practice (scores from 5 respondents, comments from 10,
// next-smallest group hidden too, no comparison of near-identical segments; minimum 3), and
// complementary cell suppression from statistical disclosure control (Hundepool et al.,
// "Statistical Disclosure Control", Wiley 2012, ch. 4 and 6): an aggregate over a set is as
// good as released when sums and differences of released aggregates give it.
//
// Release rules, with k = policy.minRespondents for scores (k = minCommentRespondents for the
// comment plan, run the same way over the segments whose scores are released):
//  1. too_few: a segment with fewer than k respondents is suppressed.
//  2. difference: two released segments A, B must have |A Δ B| = 0 or >= k (this covers A ⊂ B
//     with |B \ A| < k, e.g. "site A" and "site A without tenure < 1y"). Segments are taken
//     greedily in keep order (more respondents first, then nearer the root, then key); one that
//     conflicts with an already kept segment is suppressed.
//  3. Known sets. A suppressed segment is still "known" when its total follows from known ones:
//     the sum of one dimension's segments covering it exactly, a known container minus the
//     other segments of one dimension covering the container, a known container minus one known
//     part, or two disjoint known parts; repeated until stable. Released segments are known.
//  4. complementary: no leak may remain among known sets, where a leak is
//     - a known segment with 1..k-1 respondents;
//     - two known segments with 0 < |A Δ B| < k;
//     - a known P minus two disjoint known segments inside it leaving 1..k-1 people;
//     - for a known P and a dimension d, the segments of dimension d inside P (children or
//       deeper: all teams of the org) are disjoint, so P minus the known ones leaves
//       L = the uncovered part plus the unknown ones; each unknown one may in turn be reduced by
//       the known segments of one dimension inside it, recursively. Every such L (sizes below k
//       found exactly by a bounded subset sum) must be 0 or >= k. A parent its children do not
//       cover is handled: the uncovered part is in every L.
//     In rounds: every leak found suppresses the smallest released segment it rests on (the
//     "next-smallest sibling" when a hidden child would follow from its parent), unless a
//     segment already chosen that round is involved; then all is checked again until no leak.
//  Segments with identical member sets share one fate (they are the same aggregate). The plan is
//  the same whatever the order of the input segments.
//  Comments: released only for segments whose scores are released, with >= kc respondents and
//  rules 2-4 applied with kc among them.
// Counts: a segment's respondent count and response rate (respondents / invited population) are
// shown only where its scores are released; counts of a small group would say who answered.
// Aggregates carry no timestamps and comments come back sorted, so order says nothing about
// when or by whom. Time is a difference too: results seen before and after one more answer
// isolate it, so the server should plan and show a wave only once it has closed. Member sets are "respondents whose answer the aggregate uses": when a question
// is optional, plan that question separately over `restrictSegments(...)`; `aggregate` withholds
// any measure whose answering set differs from the planned member set.
// Limits: the rules bound what one subtraction, a union of one dimension's segments, or two
// parts can isolate; they do not search every union of segments of mixed dimensions nor every
// linear combination of released totals (the general cell-suppression problem is NP-hard). The
// property tests measure what remains on small random organisations: on seeds 3001-6000, 11 of
// 3000 leak through a union of disjoint released segments of mixed dimensions, 16 through some
// derivable set, 102 through a weighted combination (e.g. 2 x one person + 3 others) over fewer
// than k people. Cost: a few rounds of O(segments x contained segments x k^2).
import { SurveyInputError, describeValue } from './errors';
import { scoreEnps, scoreItem, summarizeWho5, checkItemScale, type EnpsScore, type ItemScale, type ItemScore, type Who5Summary } from './scores';

export interface Segment {
	key: string;
	/** The segment this one partitions (with its siblings of the same dimension); null at the root. */
	parentKey: string | null;
	/** 'org' | 'site' | 'team' | 'tenure_band' | 'site×tenure' ...: segments of one dimension are disjoint. */
	dimension: string;
	/** Respondent keys (not person ids) whose answers the aggregate uses. */
	members: ReadonlySet<string>;
	/** People invited, for the response rate. */
	population?: number;
}

export interface AnonymityPolicy {
	/** Respondents a segment needs before its scores are shown. */
	minRespondents: number;
	/** Respondents a segment needs before its comments are shown; at least minRespondents. */
	minCommentRespondents: number;
}

export const DEFAULT_ANONYMITY_POLICY: AnonymityPolicy = { minRespondents: 5, minCommentRespondents: 10 };
/** No organisation may go below this: with 2, either respondent can subtract their own answer. */
export const LOWEST_THRESHOLD = 3;
/** Above this a threshold is almost certainly a typo (and the subset sums grow with it). */
export const HIGHEST_THRESHOLD = 1000;

export type SuppressionReason = 'too_few' | 'complementary' | 'difference';

export interface SegmentRelease {
	key: string;
	parentKey: string | null;
	dimension: string;
	/** Server-side only: shown to users only when `released`. */
	respondents: number;
	population: number | null;
	released: boolean;
	reason: SuppressionReason | null;
	commentsReleased: boolean;
	commentsReason: SuppressionReason | null;
	members: ReadonlySet<string>;
}

export interface ReleasePlan {
	policy: AnonymityPolicy;
	segments: ReadonlyMap<string, SegmentRelease>;
}

/** The policy with defaults filled in; throws on a threshold below 3 or comments below scores. */
export function resolvePolicy(policy: Partial<AnonymityPolicy> = {}): AnonymityPolicy {
	if (typeof policy !== 'object' || policy === null) throw new SurveyInputError(`anonymity policy must be an object, got ${describeValue(policy)}`);
	const minRespondents = policy.minRespondents ?? DEFAULT_ANONYMITY_POLICY.minRespondents;
	const minCommentRespondents = policy.minCommentRespondents ?? Math.max(DEFAULT_ANONYMITY_POLICY.minCommentRespondents, minRespondents);
	for (const [field, value] of [
		['minRespondents', minRespondents],
		['minCommentRespondents', minCommentRespondents]
	] as const) {
		if (typeof value !== 'number' || !Number.isInteger(value)) throw new SurveyInputError(`anonymity policy ${field} must be a whole number, got ${describeValue(value)}`);
		if (value < LOWEST_THRESHOLD)
			throw new SurveyInputError(`anonymity policy ${field} is ${value}, below the lowest allowed ${LOWEST_THRESHOLD}: smaller groups let respondents be singled out`);
		if (value > HIGHEST_THRESHOLD) throw new SurveyInputError(`anonymity policy ${field} is ${value}, above the highest accepted ${HIGHEST_THRESHOLD}`);
	}
	if (minCommentRespondents < minRespondents)
		throw new SurveyInputError(`anonymity policy minCommentRespondents (${minCommentRespondents}) must be at least minRespondents (${minRespondents}): comments identify people more easily than scores`);
	return { minRespondents, minCommentRespondents };
}

/** The segments with members kept only where `keep(respondentKey)`: the universe for an optional question. */
export function restrictSegments(segments: readonly Segment[], keep: (respondentKey: string) => boolean): Segment[] {
	return segments.map((segment) => ({ ...segment, members: new Set([...segment.members].filter(keep)) }));
}

// One node per distinct member set: identical sets are one aggregate and share one fate.
interface Node {
	members: ReadonlySet<string>;
	size: number;
	dimensions: string[];
	/** Position in keep order: lower is kept first. */
	rank: number;
	/** Every node that is a strict superset. */
	containers: number[];
	/** Per dimension, the nodes of that dimension that are strict subsets, in keep order. */
	groups: number[][];
}

export function planRelease(segments: readonly Segment[], policy: Partial<AnonymityPolicy> = {}): ReleasePlan {
	const resolved = resolvePolicy(policy);
	checkSegments(segments);
	const { nodes, nodeOf } = buildNodes(segments);
	const scores = decideRelease(nodes, resolved.minRespondents, nodes.map(() => true));
	const comments = decideRelease(nodes, resolved.minCommentRespondents, scores.released);
	const plan = new Map<string, SegmentRelease>();
	segments.forEach((segment, index) => {
		const node = nodeOf[index]!;
		plan.set(segment.key, {
			key: segment.key,
			parentKey: segment.parentKey,
			dimension: segment.dimension,
			respondents: segment.members.size,
			population: segment.population ?? null,
			released: scores.released[node]!,
			reason: scores.reason[node]!,
			commentsReleased: comments.released[node]!,
			commentsReason: scores.released[node] ? comments.reason[node]! : scores.reason[node]!,
			members: segment.members
		});
	});
	return { policy: resolved, segments: plan };
}

function checkSegments(segments: readonly Segment[]): void {
	if (!Array.isArray(segments)) throw new SurveyInputError(`segments must be an array, got ${describeValue(segments)}`);
	const byKey = new Map<string, Segment>();
	segments.forEach((segment, index) => {
		const label = `segment ${index}`;
		if (typeof segment !== 'object' || segment === null) throw new SurveyInputError(`${label}: expected an object, got ${describeValue(segment)}`);
		if (typeof segment.key !== 'string' || segment.key.length === 0) throw new SurveyInputError(`${label}: key must be a non-empty string, got ${describeValue(segment.key)}`);
		const named = `segment '${segment.key}'`;
		if (byKey.has(segment.key)) throw new SurveyInputError(`${named}: key used twice`);
		byKey.set(segment.key, segment);
		if (segment.parentKey !== null && (typeof segment.parentKey !== 'string' || segment.parentKey.length === 0))
			throw new SurveyInputError(`${named}: parentKey must be null or a segment key, got ${describeValue(segment.parentKey)}`);
		if (typeof segment.dimension !== 'string' || segment.dimension.length === 0) throw new SurveyInputError(`${named}: dimension must be a non-empty string, got ${describeValue(segment.dimension)}`);
		if (!(segment.members instanceof Set)) throw new SurveyInputError(`${named}: members must be a Set of respondent keys, got ${describeValue(segment.members)}`);
		for (const member of segment.members)
			if (typeof member !== 'string' || member.length === 0) throw new SurveyInputError(`${named}: members must be non-empty respondent keys, got ${describeValue(member)}`);
		if (segment.population !== undefined && (typeof segment.population !== 'number' || !Number.isInteger(segment.population) || segment.population < segment.members.size))
			throw new SurveyInputError(`${named}: population must be a whole number of invited people, at least its ${segment.members.size} respondents, got ${describeValue(segment.population)}`);
	});
	for (const segment of segments) {
		if (segment.parentKey === null) continue;
		const parent = byKey.get(segment.parentKey);
		if (!parent) throw new SurveyInputError(`segment '${segment.key}': parent '${segment.parentKey}' is not among the segments`);
		for (const member of segment.members)
			if (!parent.members.has(member)) throw new SurveyInputError(`segment '${segment.key}': a member is not in its parent '${parent.key}'; a segment must be part of its parent`);
		const seen = new Set([segment.key]);
		for (let up: Segment | undefined = parent; up; up = up.parentKey === null ? undefined : byKey.get(up.parentKey)) {
			if (seen.has(up.key)) throw new SurveyInputError(`segment '${segment.key}': its parents form a cycle through '${up.key}'`);
			seen.add(up.key);
		}
	}
	const owner = new Map<string, string>();
	for (const segment of segments) {
		for (const member of segment.members) {
			const slot = `${segment.dimension}\u0000${member}`;
			const other = owner.get(slot);
			if (other !== undefined)
				throw new SurveyInputError(
					`segments '${other}' and '${segment.key}' share a respondent within dimension '${segment.dimension}': segments of one dimension must be disjoint (give nested or overlapping groupings their own dimension)`
				);
			owner.set(slot, segment.key);
		}
	}
}

function buildNodes(segments: readonly Segment[]): { nodes: Node[]; nodeOf: number[] } {
	const depthOf = new Map<string, number>();
	const byKey = new Map(segments.map((segment) => [segment.key, segment]));
	const depth = (segment: Segment): number => {
		const known = depthOf.get(segment.key);
		if (known !== undefined) return known;
		const value = segment.parentKey === null ? 0 : depth(byKey.get(segment.parentKey)!) + 1;
		depthOf.set(segment.key, value);
		return value;
	};
	const bySignature = new Map<string, { members: ReadonlySet<string>; dimensions: Set<string>; depth: number; key: string; segmentIndexes: number[] }>();
	segments.forEach((segment, index) => {
		const signature = [...segment.members].sort().join('\u0000');
		const d = depth(segment);
		const entry = bySignature.get(signature);
		if (!entry) bySignature.set(signature, { members: segment.members, dimensions: new Set([segment.dimension]), depth: d, key: segment.key, segmentIndexes: [index] });
		else {
			entry.dimensions.add(segment.dimension);
			entry.segmentIndexes.push(index);
			if (d < entry.depth || (d === entry.depth && segment.key < entry.key)) Object.assign(entry, { depth: d, key: segment.key });
		}
	});
	// Keep order: more respondents first (the broad view matters most), then nearer the root, then key.
	const entries = [...bySignature.values()].sort((a, b) => b.members.size - a.members.size || a.depth - b.depth || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const dimensionIndex = new Map<string, number>();
	for (const dimension of [...new Set(segments.map((segment) => segment.dimension))].sort()) dimensionIndex.set(dimension, dimensionIndex.size);
	const nodes: Node[] = entries.map((entry, rank) => ({
		members: entry.members,
		size: entry.members.size,
		dimensions: [...entry.dimensions].sort(),
		rank,
		containers: [],
		groups: []
	}));
	const nodeOf = new Array<number>(segments.length);
	entries.forEach((entry, rank) => entry.segmentIndexes.forEach((index) => (nodeOf[index] = rank)));
	// Containment through any shared respondent: a superset of C contains C's first member.
	const nodesWith = new Map<string, number[]>();
	nodes.forEach((node, id) => {
		for (const member of node.members) {
			const list = nodesWith.get(member);
			if (list) list.push(id);
			else nodesWith.set(member, [id]);
		}
	});
	const groupsByDimension: Map<string, number[]>[] = nodes.map(() => new Map());
	nodes.forEach((node, id) => {
		const first = node.members.values().next();
		if (first.done) return;
		for (const other of nodesWith.get(first.value)!) {
			const container = nodes[other]!;
			if (container.size <= node.size || !isSubset(node.members, container.members)) continue;
			node.containers.push(other);
			for (const dimension of node.dimensions) {
				const groups = groupsByDimension[other]!;
				const list = groups.get(dimension);
				if (list) list.push(id);
				else groups.set(dimension, [id]);
			}
		}
	});
	nodes.forEach((node, id) => {
		node.containers.sort((a, b) => nodes[a]!.size - nodes[b]!.size || b - a);
		node.groups = [...groupsByDimension[id]!.entries()]
			.sort((a, b) => dimensionIndex.get(a[0])! - dimensionIndex.get(b[0])!)
			.map(([, list]) => list.sort((a, b) => a - b));
	});
	return { nodes, nodeOf };
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
	for (const member of small) if (!large.has(member)) return false;
	return true;
}

/** |a Δ b| if below `limit`, else `limit` (stops counting early). */
function symmetricDifferenceBelow(a: ReadonlySet<string>, b: ReadonlySet<string>, limit: number): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	const gap = large.size - small.size;
	if (gap >= limit) return limit;
	let missing = 0;
	for (const member of small) {
		if (!large.has(member)) {
			missing++;
			if (gap + 2 * missing >= limit) return limit;
		}
	}
	return gap + 2 * missing;
}

// A witness is the list of known nodes an attacker subtracts; a persistent list so sharing is cheap.
type Witness = { node: number; next: Witness } | null;
// Index v holds a witness for a reachable leftover of v members (v < threshold), or undefined.
type Options = (Witness | undefined)[];

function decideRelease(nodes: readonly Node[], threshold: number, candidate: readonly boolean[]): { released: boolean[]; reason: (SuppressionReason | null)[] } {
	const released = nodes.map((node, id) => candidate[id]! && node.size >= threshold);
	const reason: (SuppressionReason | null)[] = nodes.map((node, id) => (candidate[id] && node.size < threshold ? 'too_few' : null));

	// Rule 2, greedily in keep order (ids are ranks). Only sizes within threshold can conflict.
	const kept: number[] = [];
	for (let id = 0; id < nodes.length; id++) {
		if (!released[id]) continue;
		const node = nodes[id]!;
		for (let i = kept.length - 1; i >= 0; i--) {
			const other = nodes[kept[i]!]!;
			if (other.size - node.size >= threshold) break;
			if (symmetricDifferenceBelow(node.members, other.members, threshold) < threshold) {
				released[id] = false;
				reason[id] = 'difference';
				break;
			}
		}
		if (released[id]) kept.push(id);
	}

	// Rules 3 and 4, in rounds: find every leak among the known sets, suppress one released
	// segment per leak (the smallest one the leak uses), and look again until nothing leaks.
	const order = nodes.map((_, id) => id).sort((a, b) => nodes[a]!.size - nodes[b]!.size || b - a);
	const contained: number[][] = nodes.map((node) => [...new Set(node.groups.flat())].sort((a, b) => a - b));
	for (;;) {
		const { known, derivation } = closeKnown(nodes, order, contained, released);
		const leaks = findLeaks(nodes, order, threshold, known);
		if (leaks.length === 0) break;
		const victims = new Set<number>();
		const releasedThisRound = [...released];
		for (const leak of leaks) {
			const used = expandToReleased(leak.witness, releasedThisRound, derivation);
			if (used.some((id) => victims.has(id))) continue;
			const victim = Math.max(...used);
			if (!Number.isFinite(victim)) throw new Error('anonymity planner: a leak that uses no released segment');
			victims.add(victim);
			released[victim] = false;
			reason[victim] = leak.kind;
		}
	}
	return { released, reason };
}

/**
 * Segments whose totals follow from the released ones without being released: the sum of a
 * group of known parts covering them, a known container minus the known rest of a group, a
 * known container minus one known part, or two known disjoint parts. Repeated until stable.
 */
function closeKnown(nodes: readonly Node[], order: readonly number[], contained: readonly number[][], released: readonly boolean[]): { known: boolean[]; derivation: (number[] | null)[] } {
	const known = [...released];
	const derivation: (number[] | null)[] = nodes.map(() => null);
	const uncoveredBy = (node: Node, group: readonly number[]) => group.reduce((left, id) => left - nodes[id]!.size, node.size);
	const derive = (id: number): number[] | null => {
		const node = nodes[id]!;
		for (const group of node.groups) if (uncoveredBy(node, group) === 0 && group.every((part) => known[part])) return [...group];
		for (const containerId of node.containers) {
			if (!known[containerId]) continue;
			const container = nodes[containerId]!;
			for (const group of container.groups) {
				if (!group.includes(id) || uncoveredBy(container, group) !== 0) continue;
				const rest = group.filter((part) => part !== id);
				if (rest.every((part) => known[part])) return [containerId, ...rest];
			}
			for (const other of contained[containerId]!) {
				if (!known[other] || nodes[other]!.size + node.size !== container.size) continue;
				if (isDisjoint(nodes[other]!.members, node.members)) return [containerId, other];
			}
		}
		const parts = contained[id]!.filter((part) => known[part]);
		for (let i = 0; i < parts.length; i++)
			for (let j = i + 1; j < parts.length; j++) {
				const a = nodes[parts[i]!]!;
				const b = nodes[parts[j]!]!;
				if (a.size + b.size === node.size && isDisjoint(a.members, b.members)) return [parts[i]!, parts[j]!];
			}
		return null;
	};
	for (let changed = true; changed; ) {
		changed = false;
		for (const id of order) {
			if (known[id] || nodes[id]!.size === 0) continue;
			const parts = derive(id);
			if (parts) {
				known[id] = true;
				derivation[id] = parts;
				changed = true;
			}
		}
	}
	return { known, derivation };
}

function isDisjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const member of small) if (large.has(member)) return false;
	return true;
}

/** The released segments a set of known ones rests on, smallest last in keep order. */
function expandToReleased(witness: readonly number[], released: readonly boolean[], derivation: readonly (number[] | null)[]): number[] {
	const seen = new Set<number>();
	const result: number[] = [];
	const visit = (id: number) => {
		if (seen.has(id)) return;
		seen.add(id);
		if (released[id]) result.push(id);
		else for (const part of derivation[id] ?? []) visit(part);
	};
	witness.forEach(visit);
	return result;
}

interface Leak {
	kind: 'complementary' | 'difference';
	/** Known segments whose totals, added and subtracted, give the leaked group. */
	witness: number[];
}

function findLeaks(nodes: readonly Node[], order: readonly number[], threshold: number, known: readonly boolean[]): Leak[] {
	const leaks: Leak[] = [];
	// A known segment that is itself too small.
	for (const id of order) if (known[id] && nodes[id]!.size > 0 && nodes[id]!.size < threshold) leaks.push({ kind: 'complementary', witness: [id] });
	// Two known segments that differ by 1..threshold-1 members (released pairs were settled by rule 2).
	const bySize = order.filter((id) => known[id]);
	for (let i = 0; i < bySize.length; i++) {
		const a = nodes[bySize[i]!]!;
		for (let j = i + 1; j < bySize.length; j++) {
			const b = nodes[bySize[j]!]!;
			if (b.size - a.size >= threshold) break;
			const gap = symmetricDifferenceBelow(a.members, b.members, threshold);
			if (gap > 0 && gap < threshold) leaks.push({ kind: 'difference', witness: [bySize[i]!, bySize[j]!] });
		}
	}
	// A known container minus two disjoint known parts of any dimensions.
	for (const id of order) {
		if (!known[id]) continue;
		const size = nodes[id]!.size;
		const parts = [...new Set(nodes[id]!.groups.flat())].filter((part) => known[part]).sort((a, b) => nodes[b]!.size - nodes[a]!.size || a - b);
		for (let i = 0; i < parts.length; i++) {
			const a = nodes[parts[i]!]!;
			for (let j = i + 1; j < parts.length; j++) {
				const b = nodes[parts[j]!]!;
				const left = size - a.size - b.size;
				if (left >= threshold) break;
				if (left > 0 && isDisjoint(a.members, b.members)) leaks.push({ kind: 'complementary', witness: [id, parts[i]!, parts[j]!] });
			}
		}
	}
	// Leftovers of known containers after subtracting known parts, recursively through unknown parts.
	const options: Options[] = nodes.map(() => []);
	const groupOptions = (node: Node, group: readonly number[]): Options => {
		let uncovered = node.size;
		for (const child of group) uncovered -= nodes[child]!.size;
		let acc: Options = new Array(threshold);
		if (uncovered >= threshold) return acc;
		acc[uncovered] = null;
		for (const child of group) {
			const childOptions = options[child]!;
			const next: Options = new Array(threshold);
			let any = false;
			for (let v = 0; v < threshold; v++) {
				const base = acc[v];
				if (base === undefined) continue;
				for (let w = 0; v + w < threshold; w++) {
					const add = childOptions[w];
					if (add === undefined || next[v + w] !== undefined) continue;
					next[v + w] = concat(add, base);
					any = true;
				}
			}
			if (!any) return next;
			acc = next;
		}
		return acc;
	};
	for (const id of order) {
		const node = nodes[id]!;
		const result: Options = new Array(threshold);
		if (known[id]) {
			result[0] = { node: id, next: null };
			for (const group of node.groups) {
				const reach = groupOptions(node, group);
				const v = reach.findIndex((witness, size) => size > 0 && witness !== undefined);
				if (v > 0) leaks.push({ kind: 'complementary', witness: [id, ...listWitness(reach[v]!)] });
			}
		} else {
			if (node.size < threshold) result[node.size] = null;
			for (const group of node.groups) {
				const reach = groupOptions(node, group);
				for (let v = 0; v < threshold; v++) if (result[v] === undefined && reach[v] !== undefined) result[v] = reach[v];
			}
		}
		options[id] = result;
	}
	return leaks;
}

function listWitness(witness: Witness): number[] {
	const list: number[] = [];
	for (let w = witness; w; w = w.next) list.push(w.node);
	return list;
}

function concat(front: Witness, back: Witness): Witness {
	if (front === null) return back;
	return { node: front.node, next: concat(front.next, back) };
}

export interface SegmentSummary {
	key: string;
	dimension: string;
	released: boolean;
	reason: SuppressionReason | null;
	/** Only for released segments. */
	respondents: number | null;
	/** respondents / population, only for released segments with a population. */
	responseRate: number | null;
}

/** What a user may see of a segment without its answers: counts and rate only where released. */
export function summarizeSegment(plan: ReleasePlan, key: string): SegmentSummary {
	const segment = requireSegment(plan, key);
	const shown = segment.released;
	return {
		key,
		dimension: segment.dimension,
		released: shown,
		reason: segment.reason,
		respondents: shown ? segment.respondents : null,
		responseRate: shown && segment.population !== null && segment.population > 0 ? segment.respondents / segment.population : null
	};
}

export interface SurveyAnswer {
	respondentKey: string;
	enps?: number;
	who5?: readonly number[];
	items?: Readonly<Record<string, number>>;
	comment?: string;
}

export interface AggregateOptions {
	/** Scale of each custom item that may appear in the answers. */
	itemScales?: Readonly<Record<string, ItemScale>>;
}

export type WithheldMeasure = { measure: string; reason: 'incomplete' };

export type SegmentAggregate =
	| {
			key: string;
			released: true;
			respondents: number;
			responseRate: number | null;
			enps: EnpsScore | null;
			who5: Who5Summary | null;
			items: Record<string, ItemScore>;
			/** Sorted, so their order says nothing about who answered when; null where not released. */
			comments: string[] | null;
			/** Measures some members skipped: their answering set is not the planned one. */
			withheld: WithheldMeasure[];
	  }
	| { key: string; released: false; reason: SuppressionReason };

/**
 * Scores of one segment from the wave's answers, only if the plan releases it. Every measure is
 * computed over exactly the segment's planned members; a measure some members skipped is
 * withheld (plan optional questions separately with `restrictSegments`).
 */
export function aggregate(plan: ReleasePlan, segmentKey: string, answers: readonly SurveyAnswer[], options: AggregateOptions = {}): SegmentAggregate {
	const segment = requireSegment(plan, segmentKey);
	if (!segment.released) return { key: segmentKey, released: false, reason: segment.reason ?? 'too_few' };
	if (!Array.isArray(answers)) throw new SurveyInputError(`answers must be an array, got ${describeValue(answers)}`);
	const byRespondent = new Map<string, SurveyAnswer>();
	answers.forEach((answer, index) => {
		if (typeof answer !== 'object' || answer === null || typeof answer.respondentKey !== 'string' || answer.respondentKey.length === 0)
			throw new SurveyInputError(`answer ${index}: respondentKey must be a non-empty string, got ${describeValue(answer?.respondentKey)}`);
		if (byRespondent.has(answer.respondentKey)) throw new SurveyInputError(`answer ${index}: a second answer for the same respondent key`);
		byRespondent.set(answer.respondentKey, answer);
	});
	const scales = options.itemScales ?? {};
	const mine: SurveyAnswer[] = [];
	for (const member of segment.members) {
		const answer = byRespondent.get(member);
		if (answer) mine.push(answer);
	}
	const n = segment.respondents;
	const withheld: WithheldMeasure[] = [];
	// A measure is shown only when every planned member answered it, so it covers the planned set.
	const complete = <T>(measure: string, values: T[]): T[] | null => {
		if (values.length === 0) return null;
		if (values.length < n) {
			withheld.push({ measure, reason: 'incomplete' });
			return null;
		}
		return values;
	};
	const enpsValues = complete('enps', mine.flatMap((answer) => (answer.enps === undefined ? [] : [answer.enps])));
	const who5Values = complete('who5', mine.flatMap((answer) => (answer.who5 === undefined ? [] : [answer.who5])));
	const itemIds = [...new Set(mine.flatMap((answer) => Object.keys(answer.items ?? {})))].sort();
	const items: Record<string, ItemScore> = {};
	for (const itemId of itemIds) {
		const scale = scales[itemId];
		if (scale === undefined) throw new SurveyInputError(`item '${itemId}' has answers but no scale in itemScales`);
		checkItemScale(scale, `item '${itemId}' scale`);
		const values = complete(`item:${itemId}`, mine.flatMap((answer) => (answer.items?.[itemId] === undefined ? [] : [answer.items[itemId]!])));
		if (values) items[itemId] = scoreItem(values, scale, `item '${itemId}'`);
	}
	let comments: string[] | null = null;
	if (segment.commentsReleased) {
		comments = mine
			.flatMap((answer) => {
				if (answer.comment === undefined) return [];
				if (typeof answer.comment !== 'string') throw new SurveyInputError(`a comment must be a string, got ${describeValue(answer.comment)}`);
				const text = answer.comment.trim();
				return text.length > 0 ? [text] : [];
			})
			.sort();
	}
	return {
		key: segmentKey,
		released: true,
		respondents: n,
		responseRate: segment.population !== null && segment.population > 0 ? n / segment.population : null,
		enps: enpsValues ? scoreEnps(enpsValues) : null,
		who5: who5Values ? summarizeWho5(who5Values) : null,
		items,
		comments,
		withheld
	};
}

export type Comparison = { allowed: true } | { allowed: false; reason: 'not_released' | 'too_similar' };

/** Whether segments a and b may be shown side by side: both released and |A Δ B| = 0 or >= k. */
export function compareSegments(plan: ReleasePlan, a: string, b: string): Comparison {
	const first = requireSegment(plan, a);
	const second = requireSegment(plan, b);
	if (!first.released || !second.released) return { allowed: false, reason: 'not_released' };
	const k = plan.policy.minRespondents;
	const difference = symmetricDifferenceBelow(first.members, second.members, k);
	if (difference > 0 && difference < k) return { allowed: false, reason: 'too_similar' };
	return { allowed: true };
}

function requireSegment(plan: ReleasePlan, key: string): SegmentRelease {
	const segment = plan.segments.get(key);
	if (!segment) throw new SurveyInputError(`segment '${key}' is not in the release plan`);
	return segment;
}
