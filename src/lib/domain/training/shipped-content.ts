// The training content Tend ships ready to assign: empathy and active-listening modules for
// contact-center agents, each with lessons, practice scenarios and a quiz, in the five interface
// languages. Pure data and types, no I/O.
// Source: the skills follow the EPITOME framework (Sharma et al., EMNLP 2020: emotional
// reactions, interpretations, explorations, each weak or strong), plus two contact-center
// mechanisms the framework does not cover: ownership and next steps.
// Limits: the translations are written per language, not word for word, so lengths and examples
// differ between locales; model replies are one good answer, not the only one; names, amounts and
// order numbers are invented. Keys are stable: progress records refer to them, so a wording change
// keeps the key and a change of meaning takes a new module version.
import { hearTheFeeling } from './shipped-content/hear-the-feeling';
import { listenToUnderstand } from './shipped-content/listen-to-understand';
import { ownIt } from './shipped-content/own-it';

export const locales = ['en', 'fa', 'ar', 'pl', 'zh'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Record<Locale, string>;

export type Skill = 'emotional_reaction' | 'interpretation' | 'exploration' | 'ownership' | 'next_steps';
export const skills: readonly Skill[] = [
	'emotional_reaction',
	'interpretation',
	'exploration',
	'ownership',
	'next_steps'
];

export interface ShippedLesson {
	key: string;
	title: Localized;
	/** Markdown: headings, lists, bold, short examples as blockquotes; no HTML, links or images */
	body: Localized;
}

export interface ShippedScenario {
	key: string;
	situation: 'billing_error' | 'late_delivery' | 'repeated_contact' | 'angry_customer' | 'bereavement' | (string & {});
	title: Localized;
	/** the customer's message or a short transcript, 40–120 words (English) */
	customerMessage: Localized;
	/** what this scenario practises */
	skills: Skill[];
	/** an exemplary agent reply, strong on the targeted skills */
	modelReply: Localized;
	/** one or two sentences shown on request */
	hints: Localized;
}

export interface ShippedQuizQuestion {
	key: string;
	prompt: Localized;
	/** 3–4 options, exactly one correct */
	options: Localized[];
	answerIndex: number;
	explanation: Localized;
}

export interface ShippedModule {
	key: string;
	version: 1;
	title: Localized;
	summary: Localized;
	/** estimated time to complete, in minutes */
	minutes: number;
	lessons: ShippedLesson[];
	scenarios: ShippedScenario[];
	quiz: ShippedQuizQuestion[];
}

export const shippedModules: ShippedModule[] = [hearTheFeeling, listenToUnderstand, ownIt];
