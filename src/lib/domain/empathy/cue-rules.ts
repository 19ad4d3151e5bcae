// The rule machinery shared by every language of the empathy scorer: a language supplies cue
// patterns per mechanism (each worth a weak or strong level), blocks that cancel cues inside
// formulas ("happy to help" is not an emotion), a negation test, and question rules. This file runs
// them over a reply's sentences and returns the matched cues with their character spans.
// Assumptions: patterns are matched one sentence at a time (a cue never spans two sentences),
// case-insensitively, on text whose curly apostrophes are straightened (same length, so offsets hold).
// Sarcasm is not modelled: words are taken at face value.
import type { Sentence } from './text';

export const mechanismKeys = ['emotionalReaction', 'interpretation', 'exploration', 'ownership', 'nextSteps'] as const;
export type MechanismKey = (typeof mechanismKeys)[number];
export type Level = 0 | 1 | 2;

export interface Cue {
	mechanism: MechanismKey;
	level: 1 | 2;
	/** Needs the g flag; matched against one sentence. */
	pattern: RegExp;
	/** Stable name of the cue, returned with its span (e.g. "first_person_emotion"). */
	cue: string;
	/** Dropped when the few words before the match negate it ("I'm not worried"). */
	negatable?: boolean;
	/** Only counted in a sentence that is not a question (statements of fact or intent). */
	statementOnly?: boolean;
}

/** Cancels any cue of `mechanism` (all mechanisms when absent) whose match overlaps this pattern's match. */
export interface Block {
	mechanism?: MechanismKey;
	pattern: RegExp;
}

export interface QuestionRules {
	/** A sentence is a question when it ends with one of these (after trailing quotes/brackets). */
	questionMark: RegExp;
	/** Statements that invite the seeker to say more ("tell me more about how you feel"). */
	invitations: RegExp[];
	/** Questions that ask for data, permission, a device check or a formulaic close: not exploration. */
	notExploring: RegExp[];
	/** Generic questions: weak exploration unless a feeling word makes them specific. */
	generic: RegExp[];
	/** Words that make a question specific about the seeker's feelings or experience. */
	specific: RegExp[];
	/** A closed (yes/no) question about the seeker: specific by form. */
	closedQuestion: RegExp;
	/** Open questions reusing at least this many content units of the seeker's message count as specific. */
	overlapForSpecific: number;
}

export interface LanguageRules {
	cues: Cue[];
	blocks: Block[];
	/** Tested on the text just before a negatable cue within its sentence. */
	negationBefore: RegExp;
	questions: QuestionRules;
}

export interface CueMatch {
	mechanism: MechanismKey;
	level: 1 | 2;
	start: number;
	end: number;
	cue: string;
}

export function normalizeForMatching(text: string): string {
	return text.replace(/[’‘ʼ]/gu, "'");
}

export function isQuestion(sentence: string, rules: QuestionRules): boolean {
	return rules.questionMark.test(sentence.trim());
}

/** How many characters before a match the negation test looks at (about three words). */
const NEGATION_WINDOW = 24;

export function matchCues(sentences: Sentence[], normalized: string, rules: LanguageRules): CueMatch[] {
	const matches: CueMatch[] = [];
	for (const sentence of sentences) {
		const text = normalized.slice(sentence.start, sentence.end);
		const question = isQuestion(text, rules.questions);
		const blocked: { mechanism?: MechanismKey; start: number; end: number }[] = [];
		for (const block of rules.blocks) {
			for (const m of text.matchAll(block.pattern)) blocked.push({ mechanism: block.mechanism, start: m.index, end: m.index + m[0].length });
		}
		for (const cue of rules.cues) {
			if (cue.statementOnly && question) continue;
			for (const m of text.matchAll(cue.pattern)) {
				if (m[0].length === 0) continue;
				const start = m.index;
				const end = start + m[0].length;
				if (blocked.some((b) => (b.mechanism === undefined || b.mechanism === cue.mechanism) && b.start < end && start < b.end)) continue;
				if (cue.negatable && rules.negationBefore.test(text.slice(Math.max(0, start - NEGATION_WINDOW), start))) continue;
				matches.push({ mechanism: cue.mechanism, level: cue.level, start: sentence.start + start, end: sentence.start + end, cue: cue.cue });
			}
		}
	}
	return matches;
}

/** Levels of exploration for one question sentence; 0 when it asks for data, permission or a close. */
export function classifyQuestion(text: string, rules: QuestionRules, seekerOverlap: number): { level: Level; cue: string } {
	if (rules.notExploring.some((re) => re.test(text))) return { level: 0, cue: 'non_exploring_question' };
	const specific = rules.specific.some((re) => re.test(text));
	if (rules.generic.some((re) => re.test(text))) return specific ? { level: 2, cue: 'specific_question' } : { level: 1, cue: 'generic_question' };
	if (specific) return { level: 2, cue: 'specific_question' };
	if (rules.closedQuestion.test(text)) return { level: 2, cue: 'specific_question' };
	if (seekerOverlap >= rules.overlapForSpecific) return { level: 2, cue: 'question_reusing_seeker_words' };
	return { level: 1, cue: 'generic_question' };
}
