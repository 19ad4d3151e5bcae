import { describe, expect, it } from 'vitest';
import { characteristics, classifyMaturity, countReviewedWeekdays, maturityWindow, outcomeCapOf, parseSelfAssessment, practiceTierOf, type MaturityInputs } from './cx-maturity';

const none = { skilling: null, staffing: null, timeliness: null };
const noOutcomes = { csat: null, firstReplySeconds: null, resolutionSeconds: null };
const targets = { csat: 0.8, firstReplySeconds: 1200, resolutionSeconds: 8 * 3600 };
// All three tests met.
const good = { csat: 0.85, firstReplySeconds: 900, resolutionSeconds: 6 * 3600 };

/** Answers with the first `n` characteristics in place (2) and the rest partly (1). */
function answers(n: number): Record<string, number> {
	return Object.fromEntries(characteristics.map((key, i) => [key, i < n ? 2 : 1]));
}

function inputs(over: Partial<MaturityInputs> = {}): MaturityInputs {
	return { answers: answers(0), measured: none, outcomes: good, targets, ...over };
}

describe('parseSelfAssessment', () => {
	it('takes 0, 1 or 2 for each characteristic', () => {
		const result = parseSelfAssessment({ skilling: '2', staffing: '1', feedback: '0', feedbackSpeed: ' 2 ', data: '1', timeliness: '0', technology: '2' });
		expect(result).toEqual({ ok: true, value: { skilling: 2, staffing: 1, feedback: 0, feedbackSpeed: 2, data: 1, timeliness: 0, technology: 2 } });
	});
	it('names each missing or out-of-range answer by its characteristic', () => {
		const result = parseSelfAssessment({ skilling: '3', staffing: '1.0', feedback: '', feedbackSpeed: '-1', data: 'x', timeliness: '1', technology: null });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			{ field: 'skilling', code: 'choice' },
			{ field: 'staffing', code: 'choice' },
			{ field: 'feedback', code: 'required' },
			{ field: 'feedbackSpeed', code: 'choice' },
			{ field: 'data', code: 'choice' },
			{ field: 'technology', code: 'required' }
		]);
	});
});

describe('tiers', () => {
	it('counts 0-3 as Starter, 4-5 as Challenger, 6-7 as Champion', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7].map(practiceTierOf)).toEqual(['starter', 'starter', 'starter', 'starter', 'challenger', 'challenger', 'champion', 'champion']);
	});
	it('caps by failed outcome tests: none for Champion, one for Challenger', () => {
		expect([0, 1, 2, 3].map(outcomeCapOf)).toEqual(['champion', 'challenger', 'starter', 'starter']);
	});
});

describe('classifyMaturity', () => {
	it('holds a characteristic answered 2 only, and places 3 against 4 and 5 against 6 held', () => {
		expect(classifyMaturity(inputs({ answers: answers(3) }))).toMatchObject({ held: 3, practiceTier: 'starter', tier: 'starter', next: { tier: 'challenger', heldNeeded: 1, testsNeeded: 0 } });
		expect(classifyMaturity(inputs({ answers: answers(4) }))).toMatchObject({ held: 4, practiceTier: 'challenger', tier: 'challenger', next: { tier: 'champion', heldNeeded: 2 } });
		expect(classifyMaturity(inputs({ answers: answers(5) }))).toMatchObject({ held: 5, practiceTier: 'challenger', tier: 'challenger' });
		expect(classifyMaturity(inputs({ answers: answers(6) }))).toMatchObject({ held: 6, practiceTier: 'champion', tier: 'champion', next: null });
		expect(classifyMaturity(inputs({ answers: answers(7) }))).toMatchObject({ held: 7, tier: 'champion', actions: [] });
	});
	it('holds nothing without a self-assessment, except what is measured', () => {
		const result = classifyMaturity(inputs({ answers: null, measured: { skilling: { trained: 4, agents: 5 }, staffing: null, timeliness: null } }));
		expect(result.held).toBe(1);
		expect(result.characteristics.every((c) => c.held === (c.key === 'skilling'))).toBe(true);
		expect(result.characteristics.find((c) => c.key === 'feedback')!.answer).toBeNull();
	});
	it('lets a measurement decide instead of the answer, at its threshold', () => {
		const all = answers(7);
		const below = classifyMaturity(inputs({ answers: all, measured: { skilling: { trained: 15, agents: 20 }, staffing: { coveredHours: 94.9, requiredHours: 100 }, timeliness: { reviewedWeekdays: 15, weekdays: 20 } } }));
		expect(below.characteristics.filter((c) => c.measured).map((c) => [c.key, c.held])).toEqual([['skilling', false], ['staffing', false], ['timeliness', false]]);
		expect(below).toMatchObject({ held: 4, practiceTier: 'challenger' });
		const at = classifyMaturity(inputs({ answers: answers(0), measured: { skilling: { trained: 16, agents: 20 }, staffing: { coveredHours: 95, requiredHours: 100 }, timeliness: { reviewedWeekdays: 16, weekdays: 20 } } }));
		expect(at.characteristics.filter((c) => c.held).map((c) => c.key)).toEqual(['skilling', 'staffing', 'timeliness']);
		expect(at.held).toBe(3);
		// 3 agents: 2 of 3 is under 80%, so all 3 are needed.
		const few = classifyMaturity(inputs({ measured: { skilling: { trained: 2, agents: 3 }, staffing: null, timeliness: null } }));
		expect(few.actions).toContainEqual({ code: 'skilling', trained: 2, agents: 3, needed: 3 });
	});
	it('falls back to the answer where Tend measures but has no data, and says so', () => {
		const result = classifyMaturity(inputs({ answers: { ...answers(0), staffing: 2 }, measured: { skilling: { trained: 0, agents: 0 }, staffing: { coveredHours: 0, requiredHours: 0 }, timeliness: null } }));
		const staffing = result.characteristics.find((c) => c.key === 'staffing')!;
		expect(staffing).toMatchObject({ measured: false, notMeasured: true, held: true, answer: 2 });
		expect(result.characteristics.find((c) => c.key === 'skilling')).toMatchObject({ measured: false, notMeasured: true, held: false });
		expect(result.characteristics.find((c) => c.key === 'feedback')).toMatchObject({ notMeasured: false });
		expect(result.actions).toContainEqual({ code: 'self', characteristic: 'skilling' });
	});
	it('caps a Champion practice by outcomes: 3 tests met Champion, 2 Challenger, 1 or 0 Starter', () => {
		const champion = { answers: answers(7) };
		expect(classifyMaturity(inputs({ ...champion, outcomes: good }))).toMatchObject({ failed: 0, outcomeCap: 'champion', tier: 'champion' });
		expect(classifyMaturity(inputs({ ...champion, outcomes: { ...good, csat: 0.79 } }))).toMatchObject({ failed: 1, outcomeCap: 'challenger', tier: 'challenger', practiceTier: 'champion' });
		expect(classifyMaturity(inputs({ ...champion, outcomes: { ...good, csat: 0.79, firstReplySeconds: 1201 } }))).toMatchObject({ failed: 2, outcomeCap: 'starter', tier: 'starter' });
		expect(classifyMaturity(inputs({ ...champion, outcomes: { csat: 0.5, firstReplySeconds: 5000, resolutionSeconds: 9 * 3600 } }))).toMatchObject({ failed: 3, outcomeCap: 'starter', tier: 'starter', next: { tier: 'challenger', heldNeeded: 0, testsNeeded: 2 } });
	});
	it('meets a test at equality with its target', () => {
		const result = classifyMaturity(inputs({ answers: answers(7), outcomes: { csat: 0.8, firstReplySeconds: 1200, resolutionSeconds: 8 * 3600 } }));
		expect(result.tests.map((t) => t.met)).toEqual([true, true, true]);
	});
	it('does not cap by tests that are not measured (no target or no data)', () => {
		const noTargets = classifyMaturity(inputs({ answers: answers(7), targets: {}, outcomes: { csat: 0.1, firstReplySeconds: 99999, resolutionSeconds: 99999 } }));
		expect(noTargets).toMatchObject({ failed: 0, outcomeCap: 'champion', tier: 'champion' });
		expect(noTargets.tests.map((t) => t.met)).toEqual([null, null, null]);
		const noData = classifyMaturity(inputs({ answers: answers(7), outcomes: noOutcomes }));
		expect(noData).toMatchObject({ failed: 0, tier: 'champion' });
		// Two unmeasured, one failed: Challenger.
		const oneFailed = classifyMaturity(inputs({ answers: answers(7), targets: { csat: 0.8 }, outcomes: { ...good, csat: 0.7 } }));
		expect(oneFailed).toMatchObject({ failed: 1, tier: 'challenger' });
	});
	it('lists failed tests with the gap to target only when the cap stops the next level', () => {
		// Challenger practice, one test failed: the cap (Challenger) stops Champion, so it is listed.
		const capped = classifyMaturity(inputs({ answers: answers(4), outcomes: { ...good, firstReplySeconds: 1500 } }));
		expect(capped.tier).toBe('challenger');
		expect(capped.actions.filter((a) => a.code === 'outcome')).toEqual([{ code: 'outcome', measure: 'firstReplySeconds', value: 1500, target: 1200, gap: 300 }]);
		expect(capped.next).toEqual({ tier: 'champion', heldNeeded: 2, testsNeeded: 1 });
		// Starter practice, one test failed: Challenger allows one, so fixing it changes nothing.
		const starter = classifyMaturity(inputs({ answers: answers(2), outcomes: { ...good, csat: 0.7 } }));
		expect(starter.actions.some((a) => a.code === 'outcome')).toBe(false);
		expect(starter.next).toEqual({ tier: 'challenger', heldNeeded: 2, testsNeeded: 0 });
		// A shortfall on a higher-is-better measure is positive too.
		const low = classifyMaturity(inputs({ answers: answers(7), outcomes: { ...good, csat: 0.75 } }));
		const gap = low.actions.find((a) => a.code === 'outcome');
		expect(gap && gap.code === 'outcome' && gap.gap).toBeCloseTo(0.05);
	});
	it('lists every characteristic not held, with the measurement behind it', () => {
		const result = classifyMaturity(inputs({ answers: answers(0), measured: { skilling: { trained: 12, agents: 20 }, staffing: { coveredHours: 86, requiredHours: 100 }, timeliness: { reviewedWeekdays: 9, weekdays: 20 } } }));
		expect(result.actions).toEqual([
			{ code: 'skilling', trained: 12, agents: 20, needed: 16 },
			{ code: 'staffing', adequacy: 0.86, threshold: 0.95 },
			{ code: 'self', characteristic: 'feedback' },
			{ code: 'self', characteristic: 'feedbackSpeed' },
			{ code: 'self', characteristic: 'data' },
			{ code: 'timeliness', reviewedWeekdays: 9, weekdays: 20, needed: 16 },
			{ code: 'self', characteristic: 'technology' }
		]);
	});
});

describe('maturityWindow', () => {
	it('is the four full ISO weeks before this one, with their 20 weekdays', () => {
		// 2026-01-15 is a Thursday; its week starts on Monday 2026-01-12.
		const w = maturityWindow('2026-01-15');
		expect(w).toMatchObject({ fromDay: '2025-12-15', toDay: '2026-01-11' });
		expect(w.weekdays.length).toBe(20);
		expect(w.weekdays.slice(0, 6)).toEqual(['2025-12-15', '2025-12-16', '2025-12-17', '2025-12-18', '2025-12-19', '2025-12-22']);
		expect(maturityWindow('2026-01-12').fromDay).toBe('2025-12-15');
		expect(maturityWindow('2026-01-18').fromDay).toBe('2025-12-15');
	});
	it('counts review days on the window weekdays only', () => {
		const w = maturityWindow('2026-01-15');
		expect(countReviewedWeekdays(['2025-12-15', '2025-12-20', '2026-01-12', '2025-12-15', '2026-01-09'], w.weekdays)).toBe(2);
	});
});
