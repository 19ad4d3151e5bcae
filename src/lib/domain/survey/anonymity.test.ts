import { describe, expect, it } from 'vitest';
import { aggregate, compareSegments, planRelease, resolvePolicy, restrictSegments, summarizeSegment, type ReleasePlan, type Segment, type SurveyAnswer } from './anonymity';

// Respondents r0..r(n-1) of a block, so sets can be written as ranges.
const range = (prefix: string, count: number, from = 0): string[] => Array.from({ length: count }, (_, i) => `${prefix}${from + i}`);
const seg = (key: string, parentKey: string | null, dimension: string, members: string[], population?: number): Segment => ({
	key,
	parentKey,
	dimension,
	members: new Set(members),
	...(population === undefined ? {} : { population })
});
const status = (plan: ReleasePlan, key: string) => {
	const segment = plan.segments.get(key)!;
	return segment.released ? 'released' : segment.reason;
};

describe('resolvePolicy', () => {
	it('defaults to 5 for scores and 10 for comments', () => {
		expect(resolvePolicy()).toEqual({ minRespondents: 5, minCommentRespondents: 10 });
		expect(resolvePolicy({ minRespondents: 12 })).toEqual({ minRespondents: 12, minCommentRespondents: 12 });
		expect(resolvePolicy({ minRespondents: 3, minCommentRespondents: 3 })).toEqual({ minRespondents: 3, minCommentRespondents: 3 });
	});
	it('refuses a threshold below 3, comments below scores, and non-integers', () => {
		expect(() => resolvePolicy({ minRespondents: 2 })).toThrow('anonymity policy minRespondents is 2, below the lowest allowed 3');
		expect(() => resolvePolicy({ minRespondents: 5, minCommentRespondents: 2 })).toThrow('minCommentRespondents is 2, below the lowest allowed 3');
		expect(() => resolvePolicy({ minRespondents: 6, minCommentRespondents: 5 })).toThrow('minCommentRespondents (5) must be at least minRespondents (6)');
		expect(() => resolvePolicy({ minRespondents: 4.5 })).toThrow('minRespondents must be a whole number, got 4.5');
		expect(() => planRelease([], { minRespondents: 1 })).toThrow('below the lowest allowed 3');
	});
});

describe('planRelease: the three rules', () => {
	it('hides groups below the threshold, then the next-smallest sibling so the parent total cannot give it away', () => {
		const a = range('a', 12);
		const b = range('b', 6);
		const c = range('c', 3);
		const plan = planRelease([seg('org', null, 'org', [...a, ...b, ...c]), seg('A', 'org', 'team', a), seg('B', 'org', 'team', b), seg('C', 'org', 'team', c)]);
		expect(status(plan, 'C')).toBe('too_few');
		expect(status(plan, 'B')).toBe('complementary');
		expect(status(plan, 'A')).toBe('released');
		expect(status(plan, 'org')).toBe('released');
	});
	it('treats people outside every child as part of what the parent gives away', () => {
		// 2 people of the org are in no team: org minus both teams would be those 2.
		const a = range('a', 10);
		const b = range('b', 8);
		const plan = planRelease([seg('org', null, 'org', [...a, ...b, 'x1', 'x2']), seg('A', 'org', 'team', a), seg('B', 'org', 'team', b)]);
		expect(status(plan, 'B')).toBe('complementary');
		expect(status(plan, 'A')).toBe('released');
		// 5 uncovered people are enough on their own.
		const plan5 = planRelease([seg('org', null, 'org', [...a, ...b, ...range('x', 5)]), seg('A', 'org', 'team', a), seg('B', 'org', 'team', b)]);
		expect([status(plan5, 'A'), status(plan5, 'B')]).toEqual(['released', 'released']);
	});
	it('hides the only large team when the small ones together stay below the threshold', () => {
		const sizes = [2, 3, 3, 30];
		const teams = sizes.map((size, i) => seg(`T${i}`, 'org', 'team', range(`t${i}-`, size)));
		const plan = planRelease([seg('org', null, 'org', teams.flatMap((t) => [...t.members])), ...teams], { minRespondents: 10 });
		// Org minus T3 would be the 8 people of the hidden teams: org and T3 differ by fewer than 10,
		// so the smaller of the two goes.
		expect(teams.map((t) => status(plan, t.key))).toEqual(['too_few', 'too_few', 'too_few', 'difference']);
		expect(status(plan, 'org')).toBe('released');
	});
	it('refuses near-duplicate segments: site A against site A without its newest hires', () => {
		const senior = range('s', 18);
		const newest = range('n', 2);
		const plan = planRelease([
			seg('siteA', null, 'site', [...senior, ...newest]),
			seg('siteA-senior', 'siteA', 'site×tenure≥1y', senior),
			seg('siteA-new', 'siteA', 'site×tenure', newest),
			seg('siteA-old', 'siteA', 'site×tenure', senior)
		]);
		expect(status(plan, 'siteA')).toBe('released');
		expect(status(plan, 'siteA-senior')).toBe('difference');
		expect(status(plan, 'siteA-new')).toBe('too_few');
		// siteA-old has the same members as siteA-senior: one aggregate, one fate.
		expect(status(plan, 'siteA-old')).toBe('difference');
		expect(compareSegments(plan, 'siteA', 'siteA-senior')).toEqual({ allowed: false, reason: 'not_released' });
	});
	it('does not let a hidden site be rebuilt from its released teams', () => {
		// org = W (3) + P (10 = P1 5 + P2 5) + Q (20). Hiding W, then P, is not enough:
		// P = P1 + P2 would give org - Q - P1 - P2 = W.
		const w = range('w', 3);
		const p1 = range('p1-', 5);
		const p2 = range('p2-', 5);
		const q = range('q', 20);
		const plan = planRelease([
			seg('org', null, 'org', [...w, ...p1, ...p2, ...q]),
			seg('W', 'org', 'site', w),
			seg('P', 'org', 'site', [...p1, ...p2]),
			seg('Q', 'org', 'site', q),
			seg('P1', 'P', 'team', p1),
			seg('P2', 'P', 'team', p2)
		]);
		expect(status(plan, 'W')).toBe('too_few');
		expect(status(plan, 'P')).toBe('complementary');
		expect(status(plan, 'P2')).toBe('complementary');
		expect(status(plan, 'P1')).toBe('released');
		expect(status(plan, 'Q')).toBe('released');
		// What is derivable now: org - Q - P1 = W + P2, 8 people.
	});
	it('protects a cross-filter cell from its row and column totals', () => {
		// Two sites x two tenure bands. Cell B/new has 2 people; band "new" = A/new + B/new.
		const aNew = range('an', 7);
		const aOld = range('ao', 9);
		const bNew = range('bn', 2);
		const bOld = range('bo', 11);
		const plan = planRelease([
			seg('org', null, 'org', [...aNew, ...aOld, ...bNew, ...bOld]),
			seg('A', 'org', 'site', [...aNew, ...aOld]),
			seg('B', 'org', 'site', [...bNew, ...bOld]),
			seg('new', 'org', 'tenure_band', [...aNew, ...bNew]),
			seg('old', 'org', 'tenure_band', [...aOld, ...bOld]),
			seg('A/new', 'A', 'site×tenure', aNew),
			seg('A/old', 'A', 'site×tenure', aOld),
			seg('B/new', 'B', 'site×tenure', bNew),
			seg('B/old', 'B', 'site×tenure', bOld)
		]);
		expect(status(plan, 'B/new')).toBe('too_few');
		const released = [...plan.segments.values()].filter((s) => s.released).map((s) => new Set(s.members));
		// Whatever stays released, B/new must not be one released set minus another.
		for (const x of released) for (const y of released) if ([...y].every((m) => x.has(m))) expect(x.size - y.size === 0 || x.size - y.size >= 5).toBe(true);
		// Each of the four margins minus its released cells must not be 1..4 people.
		const released5 = (key: string) => plan.segments.get(key)!.released;
		const leftover = (parent: string, cells: string[]) =>
			released5(parent) ? plan.segments.get(parent)!.respondents - cells.filter(released5).reduce((sum, key) => sum + plan.segments.get(key)!.respondents, 0) : 0;
		for (const [parent, cells] of [
			['new', ['A/new', 'B/new']],
			['old', ['A/old', 'B/old']],
			['A', ['A/new', 'A/old']],
			['B', ['B/new', 'B/old']]
		] as const) {
			const left = leftover(parent, [...cells]);
			expect(left === 0 || left >= 5, `${parent} minus released cells leaves ${left}`).toBe(true);
		}
	});
	it('releases everything in a large, evenly split organisation', () => {
		const segments = [seg('org', null, 'org', range('m', 60))];
		for (let t = 0; t < 6; t++) segments.push(seg(`team${t}`, 'org', 'team', range('m', 10, t * 10)));
		const plan = planRelease(segments);
		expect([...plan.segments.values()].every((s) => s.released)).toBe(true);
		expect([...plan.segments.values()].every((s) => s.commentsReleased)).toBe(true);
	});
	it('applies the comment threshold separately, with the same rules', () => {
		const a = range('a', 12);
		const b = range('b', 7);
		const plan = planRelease([seg('org', null, 'org', [...a, ...b]), seg('A', 'org', 'team', a), seg('B', 'org', 'team', b)]);
		expect([status(plan, 'A'), status(plan, 'B')]).toEqual(['released', 'released']);
		expect(plan.segments.get('B')!.commentsReleased).toBe(false);
		expect(plan.segments.get('B')!.commentsReason).toBe('too_few');
		// Org comments minus A's comments would be B's: org and A differ by 7 < 10, A's are hidden too.
		expect(plan.segments.get('A')!.commentsReleased).toBe(false);
		expect(plan.segments.get('A')!.commentsReason).toBe('difference');
		expect(plan.segments.get('org')!.commentsReleased).toBe(true);
	});
	it('gives the same plan whatever the order of the segments', () => {
		const a = range('a', 12);
		const b = range('b', 6);
		const c = range('c', 3);
		const segments = [seg('org', null, 'org', [...a, ...b, ...c]), seg('A', 'org', 'team', a), seg('B', 'org', 'team', b), seg('C', 'org', 'team', c)];
		const forward = planRelease(segments);
		const backward = planRelease([...segments].reverse());
		for (const key of ['org', 'A', 'B', 'C']) expect(status(backward, key)).toBe(status(forward, key));
	});
});

describe('planRelease: input checks', () => {
	const org = seg('org', null, 'org', range('m', 10));
	it('names the segment and the problem', () => {
		expect(() => planRelease([org, org])).toThrow("segment 'org': key used twice");
		expect(() => planRelease([org, seg('t', 'site', 'team', ['m1'])])).toThrow("segment 't': parent 'site' is not among the segments");
		expect(() => planRelease([org, seg('t', 'org', 'team', ['x'])])).toThrow("segment 't': a member is not in its parent 'org'");
		expect(() => planRelease([org, seg('t1', 'org', 'team', ['m1', 'm2']), seg('t2', 'org', 'team', ['m2'])])).toThrow(
			"segments 't1' and 't2' share a respondent within dimension 'team'"
		);
		expect(() => planRelease([seg('org', null, 'org', ['m1'], 0)])).toThrow("segment 'org': population must be a whole number of invited people, at least its 1 respondents, got 0");
		expect(() => planRelease([{ ...org, members: ['m1'] as unknown as Set<string> }])).toThrow("segment 'org': members must be a Set");
		expect(() => planRelease([seg('a', 'b', 'x', []), seg('b', 'a', 'y', [])])).toThrow('form a cycle');
		expect(() => planRelease([{ ...org, dimension: '' }])).toThrow("segment 'org': dimension must be a non-empty string");
	});
});

describe('aggregate', () => {
	const a = range('a', 12);
	const b = range('b', 6);
	const c = range('c', 3);
	const segments = [seg('org', null, 'org', [...a, ...b, ...c], 30), seg('A', 'org', 'team', a, 15), seg('B', 'org', 'team', b, 8), seg('C', 'org', 'team', c, 4)];
	const plan = planRelease(segments);
	const answers: SurveyAnswer[] = [...a, ...b, ...c].map((respondentKey, i) => ({
		respondentKey,
		enps: i % 11,
		who5: [i % 6, 3, 3, 3, 3],
		items: { workload: 1 + (i % 5) },
		comment: i % 4 === 0 ? `comment ${i}` : undefined
	}));
	const itemScales = { workload: { min: 1, max: 5 } };

	it('scores a released segment over exactly its members', () => {
		const result = aggregate(plan, 'A', answers, { itemScales });
		if (!result.released) throw new Error('A should be released');
		expect(result.respondents).toBe(12);
		expect(result.responseRate).toBeCloseTo(12 / 15, 10);
		expect(result.enps!.n).toBe(12);
		expect(result.who5!.n).toBe(12);
		expect(result.items.workload!.n).toBe(12);
		// A has 12 respondents: scores yes, comments no (threshold 10, but org - A would give B + C's).
		expect(result.withheld).toEqual([]);
	});
	it('says why a segment is hidden and nothing else', () => {
		expect(aggregate(plan, 'C', answers, { itemScales })).toEqual({ key: 'C', released: false, reason: 'too_few' });
		expect(aggregate(plan, 'B', answers, { itemScales })).toEqual({ key: 'B', released: false, reason: 'complementary' });
	});
	it('returns comments sorted and never a respondent key', () => {
		const result = aggregate(plan, 'org', answers, { itemScales });
		if (!result.released) throw new Error('org should be released');
		expect(result.comments).toEqual([...result.comments!].sort());
		expect(result.comments!.length).toBe(6);
		const text = JSON.stringify(result);
		for (const key of [...a, ...b, ...c]) expect(text).not.toContain(`"${key}"`);
	});
	it('withholds a measure some members skipped, since it would cover another set than planned', () => {
		const skipped = answers.map((answer) => (answer.respondentKey === 'a3' ? { ...answer, enps: undefined } : answer));
		const result = aggregate(plan, 'A', skipped, { itemScales });
		if (!result.released) throw new Error('A should be released');
		expect(result.enps).toBeNull();
		expect(result.withheld).toEqual([{ measure: 'enps', reason: 'incomplete' }]);
		expect(result.who5).not.toBeNull();
	});
	it('plans an optional question over those who answered it', () => {
		const answered = new Set(answers.filter((x) => x.respondentKey !== 'a3').map((x) => x.respondentKey));
		const itemPlan = planRelease(restrictSegments(segments, (key) => answered.has(key)));
		const result = aggregate(itemPlan, 'A', answers.filter((x) => answered.has(x.respondentKey)), { itemScales });
		expect(result.released && result.respondents).toBe(11);
	});
	it('refuses bad answers with the item named', () => {
		expect(() => aggregate(plan, 'A', [...answers, answers[0]!], { itemScales })).toThrow('answer 21: a second answer for the same respondent key');
		expect(() => aggregate(plan, 'A', answers)).toThrow("item 'workload' has answers but no scale");
		const bad = answers.map((answer) => (answer.respondentKey === 'a1' ? { ...answer, enps: 12 } : answer));
		expect(() => aggregate(plan, 'A', bad, { itemScales })).toThrow('must be an integer from 0 to 10, got 12');
		expect(() => aggregate(plan, 'nowhere', answers)).toThrow("segment 'nowhere' is not in the release plan");
	});
});

describe('summarizeSegment and compareSegments', () => {
	const a = range('a', 12);
	const b = range('b', 6);
	const c = range('c', 3);
	const plan = planRelease([seg('org', null, 'org', [...a, ...b, ...c], 30), seg('A', 'org', 'team', a, 15), seg('B', 'org', 'team', b, 8), seg('C', 'org', 'team', c, 4)]);
	it('shows counts and response rate only where released', () => {
		expect(summarizeSegment(plan, 'A')).toEqual({ key: 'A', dimension: 'team', released: true, reason: null, respondents: 12, responseRate: 0.8 });
		expect(summarizeSegment(plan, 'C')).toEqual({ key: 'C', dimension: 'team', released: false, reason: 'too_few', respondents: null, responseRate: null });
	});
	it('refuses a comparison with a hidden segment', () => {
		expect(compareSegments(plan, 'org', 'A')).toEqual({ allowed: true });
		expect(compareSegments(plan, 'A', 'B')).toEqual({ allowed: false, reason: 'not_released' });
	});
	it('refuses two segments whose members differ by fewer than k even in a plan built by hand', () => {
		const handMade: ReleasePlan = {
			policy: { minRespondents: 5, minCommentRespondents: 10 },
			segments: new Map(
				[seg('x', null, 'site', range('m', 20)), seg('y', 'x', 'f', range('m', 17))].map((s) => [
					s.key,
					{ ...s, respondents: s.members.size, population: null, released: true, reason: null, commentsReleased: false, commentsReason: 'too_few' as const }
				])
			)
		};
		expect(compareSegments(handMade, 'x', 'y')).toEqual({ allowed: false, reason: 'too_similar' });
	});
});
