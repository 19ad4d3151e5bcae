// Language of a practice reply, among the interface's locales (en, pl, fa, ar, zh), by script and
// a few frequent words. Arabic script splits into Persian or Arabic by the letters only Persian
// uses (پ چ ژ گ and the Persian forms ی ک) against Arabic-only forms (ي ك ة ى and the article
// "ال" at word start). Latin script is Polish when it carries Polish diacritics or common Polish
// function words, otherwise English. Limits: mixed-language replies get the majority script; other
// Latin-script languages are read as English.

export const empathyLanguages = ['en', 'pl', 'fa', 'ar', 'zh'] as const;
export type EmpathyLanguage = (typeof empathyLanguages)[number];

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): EmpathyLanguage {
	const han = count(text, /\p{Script=Han}/gu);
	const arabicScript = count(text, /\p{Script=Arabic}/gu);
	const latin = count(text, /\p{Script=Latin}/gu);
	if (han > 0 && han * 2 >= latin + arabicScript) return 'zh';
	if (arabicScript > latin) {
		const persian = count(text, /[پچژگیک]/gu);
		const arabic = count(text, /[يكةى]/gu) + count(text, /(^|\s)ال/gu);
		return persian >= arabic ? 'fa' : 'ar';
	}
	const lower = text.toLowerCase();
	const polishLetters = count(lower, /[ąćęłńóśźż]/gu);
	const polishWords = count(lower, /(^|[^\p{L}])(się|jest|nie|że|czy|proszę|mi|pan|pani|przykro|dziękuję|jak|już|bardzo|mam|nam|przepraszam|rozumiem|oczywiście|pozdrawiam|zgłoszenie|zamówienie|paczka|konto)(?=[^\p{L}]|$)/gu);
	const englishWords = count(lower, /(^|[^\p{L}])(the|and|you|your|is|are|i|to|it|that|this)(?=[^\p{L}]|$)/gu);
	if (polishLetters >= 2 || polishWords > englishWords) return 'pl';
	return 'en';
}

export function isEmpathyLanguage(value: unknown): value is EmpathyLanguage {
	return typeof value === 'string' && (empathyLanguages as readonly string[]).includes(value);
}
