// Every user-facing string in all five languages: the same keys and placeholders as English, and
// no sentence left in English (a copy is how an untranslated string slips through).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(['fa', 'ar', 'pl', 'zh'])('messages/%s.json', (locale) => {
	const messages = read(locale);
	it('has every English key, with the same placeholders', () => {
		expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
		expect(Object.keys(en).filter((k) => k !== '$schema' && k in messages && placeholders(messages[k]!).join() !== placeholders(en[k]!).join())).toEqual([]);
	});
	it('leaves no phrase of three words or more in English', () => {
		const words = (text: string) => text.replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length;
		expect(Object.keys(en).filter((k) => k !== '$schema' && messages[k] === en[k] && words(en[k]!) >= 3)).toEqual([]);
	});
});
