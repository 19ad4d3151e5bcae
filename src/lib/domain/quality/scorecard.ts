// Quality scorecards: sections of weighted items, some of which fail the whole evaluation when
// missed (auto-fail: identity not verified, a rude remark), some of which may be not applicable.
// Scoring (the common contact-center QA rule): each item is met (1), partly met (0.5) or not met
// (0), or N/A; the score is the weighted share of applicable items met, 0-100; a missed auto-fail
// item makes it 0. Weights are percentages and must add up to 100 across the card.
// Limits: one answer per item; no item-level comments beyond the evaluation's note.

export interface ScorecardItem {
	key: string;
	text: string;
	weight: number;
	autoFail: boolean;
	allowNa: boolean;
}

export interface ScorecardSection {
	key: string;
	title: string;
	items: ScorecardItem[];
}

export type ItemAnswer = 'met' | 'partial' | 'not_met' | 'na';
export const itemAnswers: readonly ItemAnswer[] = ['met', 'partial', 'not_met', 'na'];
export const answerValue: Record<Exclude<ItemAnswer, 'na'>, number> = { met: 1, partial: 0.5, not_met: 0 };

export interface ScorecardError {
	field: string;
	code: 'required' | 'too_long' | 'weight' | 'weights_sum' | 'sections_none' | 'items_none';
	params?: Record<string, number>;
}

export interface SectionRaw {
	title: string;
	items: { text: string; weight: string; autoFail: boolean; allowNa: boolean }[];
}

/** A scorecard as typed, checked whole: named sections, items with whole-number weights adding up to 100. */
export function parseScorecard(name: string, sections: readonly SectionRaw[]): { ok: true; value: { name: string; sections: ScorecardSection[] } } | { ok: false; errors: ScorecardError[] } {
	const errors: ScorecardError[] = [];
	const n = name.trim();
	if (!n) errors.push({ field: 'name', code: 'required' });
	else if (n.length > 120) errors.push({ field: 'name', code: 'too_long', params: { max: 120 } });
	const used = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.title.trim() || s.items.some((it) => it.text.trim() || it.weight.trim()));
	if (!used.length) errors.push({ field: 'sections', code: 'sections_none' });
	let total = 0;
	const out: ScorecardSection[] = used.map(({ s, i }) => {
		if (!s.title.trim()) errors.push({ field: `sections[${i}].title`, code: 'required' });
		const items = s.items.map((it, j) => ({ it, j })).filter(({ it }) => it.text.trim() || it.weight.trim());
		if (!items.length) errors.push({ field: `sections[${i}].items`, code: 'items_none' });
		return {
			key: `s${i + 1}`,
			title: s.title.trim(),
			items: items.map(({ it, j }) => {
				if (!it.text.trim()) errors.push({ field: `sections[${i}].items[${j}].text`, code: 'required' });
				const w = Number(it.weight.trim());
				// An auto-fail item may weigh 0: it only gates the score.
				if (!/^\d+$/.test(it.weight.trim()) || w > 100 || (w === 0 && !it.autoFail)) errors.push({ field: `sections[${i}].items[${j}].weight`, code: 'weight' });
				else total += w;
				return { key: `s${i + 1}i${j + 1}`, text: it.text.trim(), weight: Number.isFinite(w) ? w : 0, autoFail: it.autoFail, allowNa: it.allowNa };
			})
		};
	});
	if (!errors.some((e) => e.code === 'weight') && used.length && total !== 100) errors.push({ field: 'sections', code: 'weights_sum', params: { total } });
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { name: n, sections: out } };
}

export interface EvaluationScore {
	/** 0-100, one decimal; 0 when an auto-fail item is not met; null when nothing applies. */
	score: number | null;
	autoFailed: boolean;
	/** Items left unanswered, or answered N/A where the card doesn't allow it. */
	missing: string[];
}

export function scoreEvaluation(sections: readonly ScorecardSection[], answers: ReadonlyMap<string, ItemAnswer>): EvaluationScore {
	let weight = 0;
	let earned = 0;
	let autoFailed = false;
	const missing: string[] = [];
	for (const item of sections.flatMap((s) => s.items)) {
		const a = answers.get(item.key);
		if (!a || (a === 'na' && !item.allowNa)) {
			missing.push(item.key);
			continue;
		}
		if (a === 'na') continue;
		if (item.autoFail && a === 'not_met') autoFailed = true;
		weight += item.weight;
		earned += item.weight * answerValue[a];
	}
	const score = autoFailed ? 0 : weight > 0 ? Math.round((earned / weight) * 1000) / 10 : null;
	return { score, autoFailed, missing };
}

/** Tend's default card: listening and empathy first, as the research behind it asks. */
export function defaultScorecard(): { name: string; sections: ScorecardSection[] } {
	const item = (key: string, text: string, weight: number, autoFail = false, allowNa = false): ScorecardItem => ({ key, text, weight, autoFail, allowNa });
	return {
		name: 'Listening and empathy',
		sections: [
			{ key: 's1', title: 'Opening and compliance', items: [item('s1i1', 'Greets the customer and gives their name', 5), item('s1i2', 'Verifies identity before discussing the account', 0, true, true)] },
			{
				key: 's2',
				title: 'Listening and empathy',
				items: [
					item('s2i1', 'Acknowledges the emotion and names it', 15),
					item('s2i2', 'Paraphrases the problem to check understanding', 15),
					item('s2i3', 'Asks specific questions to explore the situation', 10),
					item('s2i4', 'Lets the customer finish; no interrupting', 10)
				]
			},
			{ key: 's3', title: 'Resolution', items: [item('s3i1', 'Takes ownership in the first person', 15), item('s3i2', 'Resolves the issue, or the right next step, at this contact', 15), item('s3i3', 'Sets clear next steps: what, when, through which channel', 10)] },
			{ key: 's4', title: 'Closing', items: [item('s4i1', 'Checks the customer has what they need; courteous close', 5, false, true)] }
		]
	};
}
