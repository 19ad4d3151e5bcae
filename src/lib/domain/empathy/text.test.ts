import { describe, expect, it } from 'vitest';
import { contentUnits, countOverlap, splitSentences } from './text';

describe('splitSentences', () => {
	it('keeps offsets into the original text and the question mark with its sentence', () => {
		const text = "I'm sorry.  What happened? I'll call you at 2.30pm today!";
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual(["I'm sorry.", 'What happened?', "I'll call you at 2.30pm today!"]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('splits at line breaks and at Arabic and CJK terminators, and keeps a trailing fragment', () => {
		expect(splitSentences('First line\nsecond line').map((s) => s.text)).toEqual(['First line', 'second line']);
		expect(splitSentences('ماذا حدث؟ أفهم ذلك').map((s) => s.text)).toEqual(['ماذا حدث؟', 'أفهم ذلك']);
		expect(splitSentences('我理解。发生了什么事？').map((s) => s.text)).toEqual(['我理解。', '发生了什么事？']);
	});

	it('returns nothing for blank text', () => {
		expect(splitSentences('   \n ')).toEqual([]);
	});
});

describe('contentUnits and countOverlap', () => {
	it('drops stop words and short words and meets inflections by a 5-letter prefix', () => {
		const units = contentUnits('My oxygen supplies were due on Monday, and I am frightened.');
		expect(units.has('suppl')).toBe(true);
		expect(units.has('oxyge')).toBe(true);
		expect(units.has('the')).toBe(false);
		expect(countOverlap('How much supply is left?', units)).toBe(1);
	});

	it('uses character bigrams for Chinese', () => {
		const units = contentUnits('生日礼物');
		expect([...units].sort()).toEqual(['日礼', '生日', '礼物'].sort());
	});
});
