// Text helpers for the empathy scorer: sentence splitting with character offsets into the original
// string, and content words for overlap between the seeker's message and the reply.
// Sentences end at . ! ? and their Arabic/Persian (؟ ۔) and CJK (。！？) forms, or at a line break;
// a question mark stays with its sentence so question detection can see it. Abbreviations such as
// "Mr." or "e.g." may split a sentence early; that costs a cue only when the cue spans the split.
// Content words: lower-cased letter runs of 3+ characters outside a small stop list, cut to a
// 5-character prefix so "supplies"/"supply" and "charged"/"charge" meet (a crude stem that also
// merges some unrelated words; used only as a weak signal). Chinese has no spaces, so its content
// units are character bigrams.

export interface Sentence {
	start: number; // UTF-16 offset of the first character in the original text
	end: number; // offset one past the last character
	text: string;
}

const TERMINATOR = /[.!?؟۔。！？\n]+["'”’)\]]*/gu;

export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let from = 0;
	const push = (start: number, end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/u.test(text[s]!)) s++;
		while (e > s && /\s/u.test(text[e - 1]!)) e--;
		if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
	};
	for (const m of text.matchAll(TERMINATOR)) {
		const end = m.index + m[0].length;
		// a full stop between digits is a decimal or a time ("3.5", "2.30pm"), not a sentence end
		if (m[0] === '.' && /\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[end] ?? '')) continue;
		push(from, end);
		from = end;
	}
	push(from, text.length);
	return sentences;
}

const STOP = new Set(
	(
		'the and for you your yours you\'re you\'ve you\'ll that this with have has had was were are is been being not but can could ' +
		'will would should shall may might must just very really all any some our ours their them they what when where which who why ' +
		'how there here then than from into onto out about over under again also too only even still now yet its it\'s i\'m i\'ve ' +
		'i\'ll i\'d me my mine we we\'re we\'ll we\'ve us did does doing done get got make made let know see say said tell told one ' +
		'two three time times day days today tomorrow yesterday week weeks month months year years more most much many such so ' +
		'sorry please thank thanks okay yes no don\'t can\'t didn\'t isn\'t won\'t'
	).split(' ')
);

/** Content units of a text: 5-letter prefixes of non-stop words, or CJK character bigrams. */
export function contentUnits(text: string): Set<string> {
	const units = new Set<string>();
	const lower = text.toLowerCase().replace(/[’‘]/gu, "'");
	for (const m of lower.matchAll(/[\p{L}\p{M}']+/gu)) {
		const word = m[0].replace(/^'+|'+$/gu, '');
		if (/\p{Script=Han}/u.test(word)) {
			const chars = [...word].filter((c) => /\p{Script=Han}/u.test(c));
			for (let i = 0; i + 1 < chars.length; i++) units.add(chars[i]! + chars[i + 1]!);
			continue;
		}
		if ([...word].length < 3 || STOP.has(word)) continue;
		units.add([...word].slice(0, 5).join(''));
	}
	return units;
}

/** How many content units of `text` also occur in `reference`. */
export function countOverlap(text: string, reference: Set<string>): number {
	let n = 0;
	for (const unit of contentUnits(text)) if (reference.has(unit)) n++;
	return n;
}
