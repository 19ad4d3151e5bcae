// The empathy scorer for practice replies: levels 0 (none), 1 (weak), 2 (strong) on the three
// communication mechanisms of EPITOME (Sharma, Miner, Atkins, Althoff, "A Computational Approach to
// Understanding Empathy Expressed in Text-Based Mental Health Support", EMNLP 2020): emotional
// reactions, interpretations, explorations; plus two contact-center skills scored the same way:
// ownership and next steps. Each mechanism returns its level, the character spans of the response
// that earned it (UTF-16 offsets, end exclusive, for highlighting) and a feedback code saying what
// to add to reach strong (null at strong; texts in feedback.ts).
//
// API: scoreReply({ seeker, response, locale? }) -> { language, emotionalReaction, interpretation,
// exploration, ownership, nextSteps }, each { level, spans: { start, end, cue }[], advice }.
// `locale` (en, pl, fa, ar, zh; a region suffix such as "pl-PL" is ignored) picks the rules;
// without it the response's language is detected (language.ts). Deterministic, no I/O, no model.
//
// Method: hand-written lexicons and patterns per language (english-rules.ts and one file per other
// language), matched sentence by sentence, with negation and formula blocks; a mechanism's level is
// the highest cue found. Questions are classified as not exploring (account data, permission, device
// checks, formulaic closes), generic, or specific (a feeling word, a closed question about the
// seeker, or an open question reusing the seeker's content words). The seeker's message is used
// for that overlap.
//
// Limits (measured in bench/README.md, "Empathy scorer"): surface patterns, not a trained model, and
// not validated on the paper's Reddit data; the labelled set was written by the rules' author, so
// its near-perfect held-out figures are an upper bound. English has by far the largest rules (41
// cues and 6 blocks, lexicons of up to about 100 alternatives). Polish, Persian, Arabic and Chinese
// have 9 to 11 cue patterns each, no stemming, and were checked on 16 parallel labelled replies
// per language only: expect them to miss most paraphrases English would catch. Sarcasm is read
// literally; quoted speech counts as the replier's.
import { classifyQuestion, isQuestion, matchCues, mechanismKeys, normalizeForMatching, type CueMatch, type Level, type LanguageRules, type MechanismKey } from './cue-rules';
import { adviseFor, type FeedbackCode } from './feedback';
import { detectLanguage, isEmpathyLanguage, type EmpathyLanguage } from './language';
import { contentUnits, countOverlap, splitSentences } from './text';
import { englishRules } from './english-rules';
import { polishRules } from './polish-rules';
import { persianRules } from './persian-rules';
import { arabicRules } from './arabic-rules';
import { chineseRules } from './chinese-rules';

export interface Span {
	start: number;
	end: number;
	cue: string;
}

export interface Mechanism {
	level: Level;
	spans: Span[];
	advice: FeedbackCode | null;
}

export interface ReplyScore {
	language: EmpathyLanguage;
	emotionalReaction: Mechanism;
	interpretation: Mechanism;
	exploration: Mechanism;
	ownership: Mechanism;
	nextSteps: Mechanism;
}

export interface ReplyInput {
	seeker: string;
	response: string;
	locale?: string;
}

const rulesByLanguage: Record<EmpathyLanguage, LanguageRules> = {
	en: englishRules,
	pl: polishRules,
	fa: persianRules,
	ar: arabicRules,
	zh: chineseRules
};

export function languageOf(input: ReplyInput): EmpathyLanguage {
	const base = input.locale?.toLowerCase().split(/[-_]/u)[0];
	return isEmpathyLanguage(base) ? base : detectLanguage(input.response);
}

export function scoreReply(input: ReplyInput): ReplyScore {
	const language = languageOf(input);
	const rules = rulesByLanguage[language];
	const normalized = normalizeForMatching(input.response);
	const sentences = splitSentences(normalized);
	const matches: CueMatch[] = matchCues(sentences, normalized, rules);

	// exploration: every question (or invitation to say more), classified on its own
	const seekerUnits = contentUnits(input.seeker);
	let sawDataQuestion = false;
	for (const sentence of sentences) {
		const text = sentence.text;
		const asks = isQuestion(text, rules.questions) || rules.questions.invitations.some((re) => re.test(text));
		if (!asks) continue;
		const { level, cue } = classifyQuestion(text, rules.questions, countOverlap(text, seekerUnits));
		if (level === 0) {
			sawDataQuestion = true;
			continue;
		}
		matches.push({ mechanism: 'exploration', level, start: sentence.start, end: sentence.end, cue });
	}

	const byMechanism = {} as Record<MechanismKey, Mechanism>;
	for (const mechanism of mechanismKeys) {
		const found = matches.filter((m) => m.mechanism === mechanism).sort((a, b) => a.start - b.start || a.end - b.end);
		const level = found.reduce<Level>((best, m) => (m.level > best ? m.level : best), 0);
		byMechanism[mechanism] = {
			level,
			spans: found.map(({ start, end, cue }) => ({ start, end, cue })),
			advice: adviseFor(mechanism, level, mechanism === 'exploration' && sawDataQuestion)
		};
	}
	return { language, ...byMechanism };
}
