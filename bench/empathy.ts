// Empathy scorer bench: macro-F1 per mechanism against the labelled practice replies in
// bench/data/empathy-labelled.json, on the held-out part and the tune part separately, against a
// majority-class baseline, with confusion matrices; then the scorer's time per reply on 10,000 replies.
// Run: npx tsx bench/empathy.ts            (prints markdown tables)
//      npx tsx bench/empathy.ts --errors   (also lists the tune part's disagreements; never the held-out part's,
//                                           so tuning cannot look at held-out items)
// Macro-F1: the mean over levels 0, 1, 2 of per-level F1, over the levels present in the gold labels
// or the predictions (as scikit-learn does with labels=None). The baseline always predicts the
// level most frequent in the TUNE part of the same group, so the held-out baseline uses no held-out labels.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { scoreReply } from '../src/lib/domain/empathy/score-reply';

type Level = 0 | 1 | 2;
const labelKeys = ['emotional_reaction', 'interpretation', 'exploration', 'ownership', 'next_steps'] as const;
type LabelKey = (typeof labelKeys)[number];
const scoreKeys = { emotional_reaction: 'emotionalReaction', interpretation: 'interpretation', exploration: 'exploration', ownership: 'ownership', next_steps: 'nextSteps' } as const;

interface Item extends Record<LabelKey, Level> {
	id: string;
	split: 'tune' | 'heldout';
	lang: string;
	register: 'contact_center' | 'peer_support';
	seeker: string;
	response: string;
}

const data = JSON.parse(readFileSync(new URL('./data/empathy-labelled.json', import.meta.url), 'utf8')) as { items: Item[] };
const items = data.items;
const showErrors = process.argv.includes('--errors');

function macroF1(gold: Level[], predicted: Level[]): number {
	const levels = ([0, 1, 2] as Level[]).filter((l) => gold.includes(l) || predicted.includes(l));
	let sum = 0;
	for (const l of levels) {
		let tp = 0, fp = 0, fn = 0;
		for (let i = 0; i < gold.length; i++) {
			if (predicted[i] === l && gold[i] === l) tp++;
			else if (predicted[i] === l) fp++;
			else if (gold[i] === l) fn++;
		}
		sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
	}
	return levels.length ? sum / levels.length : 0;
}

function confusion(gold: Level[], predicted: Level[]): number[][] {
	const m = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
	for (let i = 0; i < gold.length; i++) m[gold[i]!]![predicted[i]!]!++;
	return m;
}

function majority(levels: Level[]): Level {
	const counts = [0, 0, 0];
	for (const l of levels) counts[l]!++;
	return counts.indexOf(Math.max(...counts)) as Level;
}

const predictions = new Map<string, Record<LabelKey, Level>>();
for (const item of items) {
	const s = scoreReply({ seeker: item.seeker, response: item.response });
	predictions.set(item.id, Object.fromEntries(labelKeys.map((k) => [k, s[scoreKeys[k]].level])) as Record<LabelKey, Level>);
}

const f = (x: number) => x.toFixed(2);
const groups: { name: string; filter: (i: Item) => boolean }[] = [
	{ name: 'English contact center', filter: (i) => i.lang === 'en' && i.register === 'contact_center' },
	{ name: 'English peer support (Reddit-like)', filter: (i) => i.lang === 'en' && i.register === 'peer_support' },
	{ name: 'Polish', filter: (i) => i.lang === 'pl' },
	{ name: 'Persian', filter: (i) => i.lang === 'fa' },
	{ name: 'Arabic', filter: (i) => i.lang === 'ar' },
	{ name: 'Chinese', filter: (i) => i.lang === 'zh' },
	{ name: 'Polish + Persian + Arabic + Chinese', filter: (i) => i.lang !== 'en' }
];

const matrices: string[] = [];
console.log('| group | split | n | ' + labelKeys.map((k) => `${k} F1 (baseline)`).join(' | ') + ' |');
console.log('|---|---|---|' + labelKeys.map(() => '---').join('|') + '|');
for (const group of groups) {
	const inGroup = items.filter(group.filter);
	for (const split of ['heldout', 'tune'] as const) {
		const part = inGroup.filter((i) => i.split === split);
		if (part.length === 0) continue;
		const cells = labelKeys.map((k) => {
			const gold = part.map((i) => i[k]);
			const predicted = part.map((i) => predictions.get(i.id)![k]);
			const base = majority(inGroup.filter((i) => i.split === 'tune').map((i) => i[k]));
			const cm = confusion(gold, predicted);
			if (group.name.startsWith('English')) matrices.push(`${group.name}, ${split}, ${k}: gold rows 0/1/2 × predicted columns 0/1/2 = ${cm.map((r) => '[' + r.join(' ') + ']').join(' ')}`);
			return `${f(macroF1(gold, predicted))} (${f(macroF1(gold, gold.map(() => base)))})`;
		});
		console.log(`| ${group.name} | ${split} | ${part.length} | ${cells.join(' | ')} |`);
	}
}
console.log('\nConfusion matrices (English):');
for (const line of matrices) console.log('- ' + line);

if (showErrors) {
	console.log('\nTune-part disagreements (gold -> predicted):');
	for (const item of items.filter((i) => i.split === 'tune')) {
		const p = predictions.get(item.id)!;
		const wrong = labelKeys.filter((k) => p[k] !== item[k]);
		if (wrong.length) console.log(`${item.id}: ${wrong.map((k) => `${k} ${item[k]}->${p[k]}`).join(', ')} | ${item.response}`);
	}
}

// time: 10,000 replies cycled from the labelled set (all languages), one call each
const N = 10_000;
for (let i = 0; i < 200; i++) scoreReply({ seeker: items[i % items.length]!.seeker, response: items[i % items.length]!.response }); // warm-up
const times: number[] = [];
const started = performance.now();
for (let i = 0; i < N; i++) {
	const item = items[i % items.length]!;
	const t0 = performance.now();
	scoreReply({ seeker: item.seeker, response: item.response });
	times.push(performance.now() - t0);
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
const meanChars = items.reduce((s, i) => s + i.response.length, 0) / items.length;
// long replies: one 20,000-character reply (the CLI's cap per text), 15 runs
const long = "I'm so sorry. That must be so frustrating. What happened? I've refunded the payment today. ".repeat(230).slice(0, 20_000);
const longTimes: number[] = [];
for (let i = 0; i < 15; i++) {
	const t0 = performance.now();
	scoreReply({ seeker: long, response: long });
	longTimes.push(performance.now() - t0);
}
longTimes.sort((a, b) => a - b);
console.log(`\nTime: ${N} replies (mean ${meanChars.toFixed(0)} characters), median ${times[N >> 1]!.toFixed(3)} ms per reply, p95 ${times[Math.floor(N * 0.95)]!.toFixed(3)} ms, total ${(total / 1000).toFixed(2)} s; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; Node ${process.version}`);
console.log(`Time: one 20,000-character reply (seeker the same length), median of 15: ${longTimes[7]!.toFixed(1)} ms`);
