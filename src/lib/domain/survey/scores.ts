// Pulse-survey scores: eNPS, the WHO-5 Well-Being Index and custom scale items.
// eNPS: "how likely are you to recommend working here", 0-10; promoters 9-10, passives 7-8,
// detractors 0-6; eNPS = 100 x (promoters - detractors) / n, from -100 to 100, not rounded.
// WHO-5: five items scored 0-5 (WHO Collaborating Centre in Mental Health, Psychiatric Research
// Unit, Frederiksborg General Hospital, Hillerod, 1998; Topp, Ostergaard, Sondergaard & Bech,
// "The WHO-5 Well-Being Index: a systematic review of the literature", Psychother Psychosom
// 2015;84:167-176). Raw 0-25, percentage = raw x 4. Raw < 13 (percentage < 50) marks poor
// wellbeing and, per the 1998 scoring note, calls for depression testing, as does any single
// item scored 0 or 1; percentage <= 28 (raw <= 7) is the cut-off Topp et al. report for likely
// depression. Percentages are multiples of 4, so "< 50" and "<= 50" select the same people.
// Limits: WHO-5 is a screening tool, not a diagnosis. A person's score is health data: it must
// only ever leave the server as an aggregate over a released segment (see anonymity.ts).
import { SurveyInputError, describeValue } from './errors';

export interface EnpsScore {
	n: number;
	promoters: number;
	passives: number;
	detractors: number;
	/** -100..100, or null with no answers. */
	enps: number | null;
}

export function scoreEnps(answers: readonly number[]): EnpsScore {
	let promoters = 0;
	let passives = 0;
	let detractors = 0;
	answers.forEach((answer, index) => {
		requireInteger(answer, 0, 10, `eNPS answer ${index}`);
		if (answer >= 9) promoters++;
		else if (answer >= 7) passives++;
		else detractors++;
	});
	const n = answers.length;
	return { n, promoters, passives, detractors, enps: n === 0 ? null : (100 * (promoters - detractors)) / n };
}

export interface Who5Score {
	/** Sum of the five items, 0-25. */
	raw: number;
	/** raw x 4, 0-100. */
	percentage: number;
	/** raw < 13 (percentage < 50). */
	poorWellbeing: boolean;
	/** Some item scored 0 or 1: the 1998 note's second reason to test for depression. */
	lowItem: boolean;
	/** percentage <= 28 (raw <= 7): likely depression, screen further. */
	depressionScreen: boolean;
}

export const WHO5_ITEM_COUNT = 5;

/** One respondent's five WHO-5 items, each an integer 0-5, in questionnaire order. */
export function scoreWho5(items: readonly number[], label = 'WHO-5 answer'): Who5Score {
	if (!Array.isArray(items)) throw new SurveyInputError(`${label}: expected ${WHO5_ITEM_COUNT} item scores, got ${describeValue(items)}`);
	if (items.length !== WHO5_ITEM_COUNT) throw new SurveyInputError(`${label}: expected ${WHO5_ITEM_COUNT} item scores, got ${items.length}`);
	let raw = 0;
	let lowItem = false;
	items.forEach((item, index) => {
		requireInteger(item, 0, 5, `${label}, item ${index + 1}`);
		raw += item;
		if (item <= 1) lowItem = true;
	});
	return { raw, percentage: raw * 4, poorWellbeing: raw < 13, lowItem, depressionScreen: raw <= 7 };
}

export interface Who5Summary {
	n: number;
	/** Mean percentage 0-100, or null with no answers. */
	meanPercentage: number | null;
	poorWellbeing: number;
	depressionScreen: number;
	/** Shares 0-1 of respondents, or null with no answers. */
	poorWellbeingShare: number | null;
	depressionScreenShare: number | null;
}

export function summarizeWho5(responses: readonly (readonly number[])[]): Who5Summary {
	let total = 0;
	let poorWellbeing = 0;
	let depressionScreen = 0;
	responses.forEach((items, index) => {
		const score = scoreWho5(items, `WHO-5 answer ${index}`);
		total += score.percentage;
		if (score.poorWellbeing) poorWellbeing++;
		if (score.depressionScreen) depressionScreen++;
	});
	const n = responses.length;
	return {
		n,
		meanPercentage: n === 0 ? null : total / n,
		poorWellbeing,
		depressionScreen,
		poorWellbeingShare: n === 0 ? null : poorWellbeing / n,
		depressionScreenShare: n === 0 ? null : depressionScreen / n
	};
}

/** A custom item's answer scale, integers min..max inclusive (e.g. 1-5 agreement). */
export interface ItemScale {
	min: number;
	max: number;
}

export interface ItemScore {
	n: number;
	mean: number | null;
	/** Count of answers per scale point, index 0 = scale.min. */
	distribution: number[];
}

/** At most 11 points: a 0-10 scale is the widest a pulse item uses. */
export const MAX_SCALE_POINTS = 11;

export function checkItemScale(scale: ItemScale, label = 'item scale'): void {
	if (typeof scale !== 'object' || scale === null) throw new SurveyInputError(`${label}: expected { min, max }, got ${describeValue(scale)}`);
	if (!Number.isInteger(scale.min)) throw new SurveyInputError(`${label}: min must be an integer, got ${describeValue(scale.min)}`);
	if (!Number.isInteger(scale.max)) throw new SurveyInputError(`${label}: max must be an integer, got ${describeValue(scale.max)}`);
	if (scale.max <= scale.min) throw new SurveyInputError(`${label}: max (${scale.max}) must be above min (${scale.min})`);
	if (scale.max - scale.min + 1 > MAX_SCALE_POINTS) throw new SurveyInputError(`${label}: at most ${MAX_SCALE_POINTS} scale points, got ${scale.max - scale.min + 1}`);
}

export function scoreItem(answers: readonly number[], scale: ItemScale, label = 'item'): ItemScore {
	checkItemScale(scale, `${label} scale`);
	const distribution = new Array<number>(scale.max - scale.min + 1).fill(0);
	let total = 0;
	answers.forEach((answer, index) => {
		requireInteger(answer, scale.min, scale.max, `${label} answer ${index}`);
		distribution[answer - scale.min]!++;
		total += answer;
	});
	return { n: answers.length, mean: answers.length === 0 ? null : total / answers.length, distribution };
}

function requireInteger(value: unknown, min: number, max: number, label: string): asserts value is number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
		throw new SurveyInputError(`${label} must be an integer from ${min} to ${max}, got ${describeValue(value)}`);
}
