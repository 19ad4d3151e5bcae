// CX maturity of a team or the organization: Starter, Challenger or Champion. Source: ESG's
// research for Zendesk ("CX Champions: How CX Leaders Who Raise Their Game Are Driving Business
// Success", Enterprise Strategy Group, October 2020; Zendesk, "Best practices for Champions of
// CX"), which segments organizations by seven characteristics of how they use their service
// teams, data and technology: Starters have 0-3 of them, the middle tier 4-5, Champions 6-7. ESG
// calls the middle tier "Risers"; Tend calls it Challenger. Champions in the study resolve faster,
// reply sooner and are likelier to beat their CSAT targets.
// Tend's rule, not ESG's: each characteristic is self-assessed 0 (not in place), 1 (partly) or
// 2 (in place) and held when answered 2; where Tend measures one, the measurement decides instead
// of the answer (skilling: at least 80% of active agents trained or coached in 90 days; staffing:
// adequacy of at least 0.95 over the last 4 full weeks; timeliness: metrics reviewed on at least 4
// of 5 weekdays over the last 4 full weeks). The practice tier from the count held is then capped
// by three outcome tests over the same weeks (CSAT, first reply and resolution time against the
// organization's targets): Champion needs all three met, Challenger at least two; a test without
// target or data is not measured and does not cap.
// Limits: the thresholds are Tend's choice, not the study's; a self-assessment is an opinion;
// four weeks of outcomes can be a lucky or unlucky month.
import { addDays } from '../people/turnover';
import { isoWeekStart } from '../autonomy/autonomy-index';
import { gapToTarget, meetsTarget } from './measures';
import { adequacyOf } from '../staffing/adequacy';

export const characteristics = ['skilling', 'staffing', 'feedback', 'feedbackSpeed', 'data', 'timeliness', 'technology'] as const;
export type Characteristic = (typeof characteristics)[number];

export const tiers = ['starter', 'challenger', 'champion'] as const;
export type Tier = (typeof tiers)[number];

export const testedMeasures = ['csat', 'firstReplySeconds', 'resolutionSeconds'] as const;
export type TestedMeasure = (typeof testedMeasures)[number];

export type Answer = 0 | 1 | 2;
export type SelfAssessment = Record<Characteristic, Answer>;

// Shares as fractions; the staffing one is covered over required hours.
export const skilledShare = 0.8;
export const adequateStaffing = 0.95;
export const reviewedShare = 0.8;
export const trainingDays = 90;
export const windowWeeks = 4;

// Counts of the practice tier's lower bounds, and the outcome tests a tier may fail.
const heldFor: Record<Tier, number> = { starter: 0, challenger: 4, champion: 6 };
const failuresAllowed: Record<Tier, number> = { starter: 3, challenger: 1, champion: 0 };

export interface Measurements {
	skilling: { trained: number; agents: number } | null;
	staffing: { coveredHours: number; requiredHours: number } | null;
	timeliness: { reviewedWeekdays: number; weekdays: number } | null;
}

export interface MaturityInputs {
	/** The latest self-assessment's answers, or null when there is none. */
	answers: Partial<Record<string, number>> | null;
	measured: Measurements;
	outcomes: Record<TestedMeasure, number | null>;
	targets: Partial<Record<TestedMeasure, number>>;
}

export interface HeldCharacteristic {
	key: Characteristic;
	answer: Answer | null;
	/** Whether a measurement decided (otherwise the answer did). */
	measured: boolean;
	/** Tend measures this one but had no data, so the answer decided. */
	notMeasured: boolean;
	held: boolean;
}

export interface OutcomeTest {
	measure: TestedMeasure;
	value: number | null;
	target: number | null;
	/** Null when not measured (no target or no data). */
	met: boolean | null;
}

export type MaturityAction =
	| { code: 'skilling'; trained: number; agents: number; needed: number }
	| { code: 'staffing'; adequacy: number; threshold: number }
	| { code: 'timeliness'; reviewedWeekdays: number; weekdays: number; needed: number }
	| { code: 'self'; characteristic: Characteristic }
	| { code: 'outcome'; measure: TestedMeasure; value: number; target: number; gap: number };

export interface Maturity {
	characteristics: HeldCharacteristic[];
	held: number;
	practiceTier: Tier;
	tests: OutcomeTest[];
	failed: number;
	outcomeCap: Tier;
	tier: Tier;
	/** The level above, and how many more characteristics and outcome tests it needs; null for a Champion. */
	next: { tier: Tier; heldNeeded: number; testsNeeded: number } | null;
	actions: MaturityAction[];
}

export type SelfAssessmentError = { field: Characteristic; code: 'required' | 'choice' };

/** Each characteristic's answer from form fields named by its key: exactly 0, 1 or 2. */
export function parseSelfAssessment(fields: Partial<Record<string, string | null>>): { ok: true; value: SelfAssessment } | { ok: false; errors: SelfAssessmentError[] } {
	const errors: SelfAssessmentError[] = [];
	const value = {} as SelfAssessment;
	for (const key of characteristics) {
		const raw = (fields[key] ?? '').trim();
		if (!raw) errors.push({ field: key, code: 'required' });
		else if (raw !== '0' && raw !== '1' && raw !== '2') errors.push({ field: key, code: 'choice' });
		else value[key] = Number(raw) as Answer;
	}
	return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** The last `windowWeeks` full ISO weeks before `today`'s, and their weekdays (Monday to Friday). */
export function maturityWindow(today: string): { fromDay: string; toDay: string; weekdays: string[] } {
	const fromDay = addDays(isoWeekStart(today), -7 * windowWeeks);
	const weekdays: string[] = [];
	for (let w = 0; w < windowWeeks; w++) for (let d = 0; d < 5; d++) weekdays.push(addDays(fromDay, 7 * w + d));
	return { fromDay, toDay: addDays(isoWeekStart(today), -1), weekdays };
}

/** How many of the window's weekdays are among `reviewDays`. */
export function countReviewedWeekdays(reviewDays: Iterable<string>, weekdays: readonly string[]): number {
	const days = new Set(reviewDays);
	return weekdays.filter((d) => days.has(d)).length;
}

const answerOf = (answers: MaturityInputs['answers'], key: Characteristic): Answer | null => {
	const a = answers?.[key];
	return a === 0 || a === 1 || a === 2 ? a : null;
};

// The smallest count reaching the share (4 of 5 as integers, so 0.8 × n needs no rounding).
const neededFor = (total: number) => Math.ceil((total * 4) / 5);

function measuredHeld(key: Characteristic, m: Measurements): boolean | null {
	if (key === 'skilling' && m.skilling && m.skilling.agents > 0) return m.skilling.trained * 5 >= m.skilling.agents * 4;
	const adequacy = key === 'staffing' && m.staffing ? adequacyOf(m.staffing) : null;
	if (adequacy !== null) return adequacy >= adequateStaffing;
	if (key === 'timeliness' && m.timeliness && m.timeliness.weekdays > 0) return m.timeliness.reviewedWeekdays * 5 >= m.timeliness.weekdays * 4;
	return null;
}

const measurable: ReadonlySet<Characteristic> = new Set(['skilling', 'staffing', 'timeliness']);

export function practiceTierOf(held: number): Tier {
	return held >= heldFor.champion ? 'champion' : held >= heldFor.challenger ? 'challenger' : 'starter';
}

export function outcomeCapOf(failed: number): Tier {
	return failed <= failuresAllowed.champion ? 'champion' : failed <= failuresAllowed.challenger ? 'challenger' : 'starter';
}

const rank = (tier: Tier) => tiers.indexOf(tier);

function actionFor(c: HeldCharacteristic, m: Measurements): MaturityAction {
	if (c.measured && c.key === 'skilling' && m.skilling) return { code: 'skilling', trained: m.skilling.trained, agents: m.skilling.agents, needed: neededFor(m.skilling.agents) };
	// Measured staffing means some hours were required, so there is an adequacy.
	if (c.measured && c.key === 'staffing' && m.staffing) return { code: 'staffing', adequacy: adequacyOf(m.staffing)!, threshold: adequateStaffing };
	if (c.measured && c.key === 'timeliness' && m.timeliness) return { code: 'timeliness', reviewedWeekdays: m.timeliness.reviewedWeekdays, weekdays: m.timeliness.weekdays, needed: neededFor(m.timeliness.weekdays) };
	return { code: 'self', characteristic: c.key };
}

/**
 * The class and why: the characteristics held (measured or answered), the practice tier, the
 * outcome tests and their cap, and what would move it up a level: every characteristic not held
 * (each adds to the count), and the failed outcome tests when the cap would stop it at the next level.
 */
export function classifyMaturity(inputs: MaturityInputs): Maturity {
	const held: HeldCharacteristic[] = characteristics.map((key) => {
		const answer = answerOf(inputs.answers, key);
		const byMeasure = measuredHeld(key, inputs.measured);
		return { key, answer, measured: byMeasure !== null, notMeasured: byMeasure === null && measurable.has(key), held: byMeasure ?? answer === 2 };
	});
	const count = held.filter((c) => c.held).length;
	const practiceTier = practiceTierOf(count);
	const tests: OutcomeTest[] = testedMeasures.map((measure) => {
		const value = inputs.outcomes[measure];
		const target = inputs.targets[measure] ?? null;
		return { measure, value, target, met: meetsTarget(measure, value, target) };
	});
	const failed = tests.filter((t) => t.met === false).length;
	const outcomeCap = outcomeCapOf(failed);
	const tier = rank(practiceTier) <= rank(outcomeCap) ? practiceTier : outcomeCap;
	const nextTier = tiers[rank(tier) + 1] ?? null;
	const actions: MaturityAction[] = held.filter((c) => !c.held).map((c) => actionFor(c, inputs.measured));
	if (nextTier && rank(outcomeCap) < rank(nextTier))
		for (const t of tests) if (t.met === false) actions.push({ code: 'outcome', measure: t.measure, value: t.value!, target: t.target!, gap: -gapToTarget(t.measure, t.value!, t.target!) });
	return {
		characteristics: held,
		held: count,
		practiceTier,
		tests,
		failed,
		outcomeCap,
		tier,
		next: nextTier ? { tier: nextTier, heldNeeded: Math.max(0, heldFor[nextTier] - count), testsNeeded: Math.max(0, failed - failuresAllowed[nextTier]) } : null,
		actions
	};
}
