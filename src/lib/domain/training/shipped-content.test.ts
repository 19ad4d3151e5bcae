import { describe, expect, it } from 'vitest';
import { locales, shippedModules, skills, type Localized, type ShippedModule } from './shipped-content';

function localizedFields(module: ShippedModule): { path: string; value: Localized }[] {
	const fields: { path: string; value: Localized }[] = [
		{ path: `${module.key}.title`, value: module.title },
		{ path: `${module.key}.summary`, value: module.summary }
	];
	for (const lesson of module.lessons) {
		fields.push({ path: `${lesson.key}.title`, value: lesson.title }, { path: `${lesson.key}.body`, value: lesson.body });
	}
	for (const scenario of module.scenarios) {
		for (const field of ['title', 'customerMessage', 'modelReply', 'hints'] as const) {
			fields.push({ path: `${scenario.key}.${field}`, value: scenario[field] });
		}
	}
	for (const question of module.quiz) {
		fields.push({ path: `${question.key}.prompt`, value: question.prompt }, { path: `${question.key}.explanation`, value: question.explanation });
		question.options.forEach((option, i) => fields.push({ path: `${question.key}.options[${i}]`, value: option }));
	}
	return fields;
}

const allFields = shippedModules.flatMap(localizedFields);
// CommonMark only treats ** as bold when it is flanked correctly: a closing ** right after
// punctuation (common in Chinese and Persian, "**弱：**") needs a space or punctuation after it.
function findBrokenBold(body: string): string[] {
	const isPunctuation = (c: string) => /[\p{P}\p{S}]/u.test(c);
	const isSpaceOrPunctuation = (c: string) => /\s/.test(c) || isPunctuation(c);
	const broken: string[] = [];
	for (const line of body.split('\n')) {
		const positions = [...line.matchAll(/\*\*/g)].map((m) => m.index);
		if (positions.length % 2 !== 0) broken.push(line);
		positions.forEach((pos, i) => {
			const before = line[pos - 1] ?? ' ';
			const after = line[pos + 2] ?? ' ';
			const opening = i % 2 === 0;
			const ok = opening
				? !/\s/.test(after) && (!isPunctuation(after) || isSpaceOrPunctuation(before))
				: !/\s/.test(before) && (!isPunctuation(before) || isSpaceOrPunctuation(after));
			if (!ok) broken.push(line);
		});
	}
	return broken;
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

describe('shipped training content', () => {
	it('ships at least three modules', () => {
		expect(shippedModules.length).toBeGreaterThanOrEqual(3);
	});

	it('fills every localized field in all five locales', () => {
		const empty = allFields.flatMap(({ path, value }) =>
			locales.filter((locale) => typeof value[locale] !== 'string' || value[locale].trim() === '').map((locale) => `${path} [${locale}]`)
		);
		expect(empty).toEqual([]);
		for (const { value } of allFields) expect(Object.keys(value).sort()).toEqual([...locales].sort());
	});

	it('gives each module at least two lessons, exactly five scenarios and at least four questions', () => {
		for (const module of shippedModules) {
			expect(module.version).toBe(1);
			expect(module.minutes).toBeGreaterThan(0);
			expect(module.lessons.length, module.key).toBeGreaterThanOrEqual(2);
			expect(module.scenarios.length, module.key).toBe(5);
			expect(module.quiz.length, module.key).toBeGreaterThanOrEqual(4);
		}
	});

	it('has three or four options per question and an answer index among them', () => {
		for (const question of shippedModules.flatMap((m) => m.quiz)) {
			expect(question.options.length, question.key).toBeGreaterThanOrEqual(3);
			expect(question.options.length, question.key).toBeLessThanOrEqual(4);
			expect(Number.isInteger(question.answerIndex), question.key).toBe(true);
			expect(question.answerIndex, question.key).toBeGreaterThanOrEqual(0);
			expect(question.answerIndex, question.key).toBeLessThan(question.options.length);
			for (const option of question.options) for (const locale of locales) expect(option[locale]?.trim(), `${question.key} ${locale}`).toBeTruthy();
		}
	});

	it('uses unique snake_case keys, each item prefixed by its module key', () => {
		const keys: string[] = [];
		for (const module of shippedModules) {
			expect(module.key).toMatch(/^[a-z][a-z0-9_]*$/);
			keys.push(module.key);
			for (const item of [...module.lessons, ...module.scenarios, ...module.quiz]) {
				expect(item.key).toMatch(new RegExp(`^${module.key}\\.[a-z][a-z0-9_]*$`));
				keys.push(item.key);
			}
		}
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('covers the required situations across modules and mixes them within each module', () => {
		const situations = new Set(shippedModules.flatMap((m) => m.scenarios.map((s) => s.situation)));
		for (const required of ['billing_error', 'late_delivery', 'repeated_contact', 'angry_customer', 'bereavement']) {
			expect(situations.has(required), required).toBe(true);
		}
		for (const module of shippedModules) {
			expect(new Set(module.scenarios.map((s) => s.situation)).size, module.key).toBeGreaterThanOrEqual(4);
		}
	});

	it('names only known skills and practises every skill somewhere', () => {
		const practised = new Set<string>();
		for (const scenario of shippedModules.flatMap((m) => m.scenarios)) {
			expect(scenario.skills.length, scenario.key).toBeGreaterThan(0);
			for (const skill of scenario.skills) {
				expect(skills, scenario.key).toContain(skill);
				practised.add(skill);
			}
		}
		expect([...practised].sort()).toEqual([...skills].sort());
	});

	it('writes Persian and Arabic in Arabic script, Chinese in CJK characters', () => {
		for (const { path, value } of allFields) {
			expect(value.fa, `${path} [fa]`).toMatch(/[\u0600-\u06FF]/);
			expect(value.ar, `${path} [ar]`).toMatch(/[\u0600-\u06FF]/);
			expect(value.zh, `${path} [zh]`).toMatch(/[\u4E00-\u9FFF]/);
		}
	});

	it('keeps Persian and Arabic letter forms apart (Persian yeh and keheh, Arabic yeh and kaf)', () => {
		// U+064A/U+0643 in Persian text, or U+06CC/U+06A9 in Arabic text, break search and look wrong.
		for (const { path, value } of allFields) {
			expect(value.fa, `${path} [fa]`).not.toMatch(/[\u064A\u0643]/);
			expect(value.ar, `${path} [ar]`).not.toMatch(/[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/);
		}
	});

	it('writes Polish with its diacritics', () => {
		const polish = allFields.map(({ value }) => value.pl).join(' ');
		expect(polish).toMatch(/[ąćęłńóśźż]/i);
		for (const module of shippedModules) {
			for (const lesson of module.lessons) expect(lesson.body.pl, lesson.key).toMatch(/[ąćęłńóśźż]/i);
			for (const scenario of module.scenarios) expect(scenario.modelReply.pl, scenario.key).toMatch(/[ąćęłńóśźż]/i);
		}
	});

	it('keeps lesson bodies to plain Markdown: no HTML, links or images', () => {
		for (const lesson of shippedModules.flatMap((m) => m.lessons)) {
			for (const locale of locales) {
				const body = lesson.body[locale];
				const where = `${lesson.key} [${locale}]`;
				expect(body, where).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
				expect(body, where).not.toMatch(/\]\(|https?:|www\.|!\[/);
				// a line indented by four spaces or a tab would render as a code block
				expect(body, where).not.toMatch(/^(\t| {4})/m);
				expect(body, where).toMatch(/^## /m);
				expect(findBrokenBold(body), where).toEqual([]);
			}
		}
	});

	it('keeps English lessons at 150–400 words and customer messages at 40–120 words', () => {
		for (const lesson of shippedModules.flatMap((m) => m.lessons)) {
			const words = countWords(lesson.body.en);
			expect(words, lesson.key).toBeGreaterThanOrEqual(150);
			expect(words, lesson.key).toBeLessThanOrEqual(400);
		}
		for (const scenario of shippedModules.flatMap((m) => m.scenarios)) {
			const words = countWords(scenario.customerMessage.en);
			expect(words, scenario.key).toBeGreaterThanOrEqual(40);
			expect(words, scenario.key).toBeLessThanOrEqual(120);
		}
	});
});
