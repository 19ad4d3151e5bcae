import { describe, expect, it } from 'vitest';
import { defaultScorecard, parseScorecard, scoreEvaluation, type ItemAnswer } from './scorecard';

describe('scorecards', () => {
	it('refuses weights that do not add up to 100, naming the total', () => {
		const out = parseScorecard('Card', [{ title: 'A', items: [{ text: 'x', weight: '60', autoFail: false, allowNa: false }, { text: 'y', weight: '30', autoFail: false, allowNa: false }] }]);
		expect(out.ok ? [] : out.errors).toEqual([{ field: 'sections', code: 'weights_sum', params: { total: 90 } }]);
	});
	it('names bad weights, missing texts and empty sections', () => {
		const out = parseScorecard('', [{ title: '', items: [{ text: '', weight: 'ten', autoFail: false, allowNa: false }] }, { title: 'B', items: [{ text: '', weight: '', autoFail: false, allowNa: false }] }]);
		expect(out.ok ? [] : out.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['name:required', 'sections[0].title:required', 'sections[0].items[0].text:required', 'sections[0].items[0].weight:weight', 'sections[1].items:items_none']);
	});
	it("accepts Tend's default card", () => {
		const d = defaultScorecard();
		const raw = d.sections.map((s) => ({ title: s.title, items: s.items.map((i) => ({ text: i.text, weight: String(i.weight), autoFail: i.autoFail, allowNa: i.allowNa })) }));
		expect(parseScorecard(d.name, raw)).toEqual({ ok: true, value: d });
	});
});

describe('scoring an evaluation', () => {
	const card = defaultScorecard().sections;
	const all = (answer: ItemAnswer) => new Map(card.flatMap((s) => s.items).map((i) => [i.key, answer]));
	it('weights met, partly met and N/A items', () => {
		expect(scoreEvaluation(card, all('met'))).toEqual({ score: 100, autoFailed: false, missing: [] });
		const half = all('partial');
		half.set('s1i2', 'met');
		expect(scoreEvaluation(card, half).score).toBe(50);
		const na = all('met');
		na.set('s4i1', 'na');
		na.set('s3i3', 'not_met');
		// 10 of the 95 applicable points missed.
		expect(scoreEvaluation(card, na).score).toBe(89.5);
	});
	it('a missed auto-fail item scores 0; unanswered items and N/A where not allowed are reported', () => {
		const fail = all('met');
		fail.set('s1i2', 'not_met');
		expect(scoreEvaluation(card, fail)).toEqual({ score: 0, autoFailed: true, missing: [] });
		const gaps = all('met');
		gaps.delete('s2i1');
		gaps.set('s2i2', 'na');
		expect(scoreEvaluation(card, gaps).missing).toEqual(['s2i1', 's2i2']);
	});
});
