// A training module as one reader sees it: shipped modules in the reader's language (English
// when a text is missing), authored modules in the language they were written in. The same shape
// for both, so pages, grading and progress don't care where a module came from.
import { locales, type Locale, type Localized, type ShippedModule, type Skill } from './shipped-content';

export interface ModuleContent {
	lessons: { key: string; title: string; body: string }[];
	scenarios: { key: string; title: string; customerMessage: string; modelReply: string; hints: string; skills: Skill[] }[];
	quiz: { key: string; prompt: string; options: string[]; answerIndex: number; explanation: string }[];
}

export interface ModuleView extends ModuleContent {
	key: string;
	title: string;
	summary: string;
	minutes: number;
}

export function asLocale(locale: string): Locale {
	const base = locale.split('-')[0] ?? 'en';
	return (locales as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

const pick = (text: Localized, locale: Locale) => text[locale] || text.en;

export function viewShipped(module: ShippedModule, locale: string): ModuleView {
	const l = asLocale(locale);
	return {
		key: module.key,
		title: pick(module.title, l),
		summary: pick(module.summary, l),
		minutes: module.minutes,
		lessons: module.lessons.map((x) => ({ key: x.key, title: pick(x.title, l), body: pick(x.body, l) })),
		scenarios: module.scenarios.map((x) => ({ key: x.key, title: pick(x.title, l), customerMessage: pick(x.customerMessage, l), modelReply: pick(x.modelReply, l), hints: pick(x.hints, l), skills: [...x.skills] })),
		quiz: module.quiz.map((x) => ({ key: x.key, prompt: pick(x.prompt, l), options: x.options.map((o) => pick(o, l)), answerIndex: x.answerIndex, explanation: pick(x.explanation, l) }))
	};
}
