import { describe, expect, it } from 'vitest';
import { classifyQuestion, matchCues, normalizeForMatching, type LanguageRules, type QuestionRules } from './cue-rules';
import { splitSentences } from './text';

const questions: QuestionRules = {
	questionMark: /\?$/u,
	invitations: [],
	notExploring: [/\bnumber\b/iu],
	generic: [/\bwhat happened\b/iu],
	specific: [/\bscared\b/iu],
	closedQuestion: /^(?:are|is) you\b/iu,
	overlapForSpecific: 2
};
const rules: LanguageRules = {
	cues: [
		{ mechanism: 'emotionalReaction', level: 2, cue: 'worried', pattern: /\bworried\b/giu, negatable: true },
		{ mechanism: 'emotionalReaction', level: 1, cue: 'sorry', pattern: /\bsorry\b/giu },
		{ mechanism: 'ownership', level: 2, cue: 'refund', pattern: /\bI'll refund\b/giu, statementOnly: true }
	],
	blocks: [{ mechanism: 'emotionalReaction', pattern: /\bsorry for the inconvenience\b/giu }],
	negationBefore: /\bnot\s+$/iu,
	questions
};

const run = (text: string) => {
	const normalized = normalizeForMatching(text);
	return matchCues(splitSentences(normalized), normalized, rules);
};

describe('matchCues', () => {
	it('returns spans into the original text', () => {
		const text = 'Oh. I am worried.';
		const [m] = run(text);
		expect(m).toMatchObject({ mechanism: 'emotionalReaction', level: 2, cue: 'worried' });
		expect(text.slice(m!.start, m!.end)).toBe('worried');
	});

	it('drops negated cues, blocked cues and statement-only cues in questions', () => {
		expect(run('I am not worried.')).toEqual([]);
		expect(run('Sorry for the inconvenience.')).toEqual([]);
		expect(run("Shall I say I'll refund it?")).toEqual([]);
		expect(run("I'll refund it.").map((m) => m.cue)).toEqual(['refund']);
	});

	it('straightens curly apostrophes without moving offsets', () => {
		const text = 'Yes. I’ll refund it.';
		const [m] = run(text);
		expect(text.slice(m!.start, m!.end)).toBe('I’ll refund');
	});
});

describe('classifyQuestion', () => {
	it('orders not exploring, generic, specific, closed, overlap', () => {
		expect(classifyQuestion('What is your number?', questions, 5).level).toBe(0);
		expect(classifyQuestion('What happened?', questions, 0).level).toBe(1);
		expect(classifyQuestion('What happened, were you scared?', questions, 0).level).toBe(2);
		expect(classifyQuestion('Are you on your own?', questions, 0).level).toBe(2);
		expect(classifyQuestion('Where did the parcel go?', questions, 2).level).toBe(2);
		expect(classifyQuestion('Where did it go?', questions, 1).level).toBe(1);
	});
});
