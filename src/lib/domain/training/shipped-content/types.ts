// Types of the shipped training content (shipped-content.ts), apart so the module files and the
// index import them without importing each other.
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
