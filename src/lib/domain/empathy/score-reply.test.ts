import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageOf, scoreReply } from './score-reply';
import { mechanismKeys } from './cue-rules';
import { feedbackCodes } from './feedback';

const seeker = 'Tracking says my parcel was delivered on Tuesday but nothing came. It was my son’s birthday present and his party is Saturday.';

describe('scoreReply', () => {
	it('scores a strong reply strong on every mechanism, with no advice', () => {
		const response =
			"I'm so sorry, and I'm really worried the party will be spoiled. That must be so frustrating. Have you had to tell your son, or is it still a surprise? I've sent a replacement by express today and you'll get a tracking text tonight.";
		const s = scoreReply({ seeker, response });
		for (const key of mechanismKeys) {
			expect(s[key].level).toBe(2);
			expect(s[key].advice).toBeNull();
		}
	});

	it('scores a curt data request none everywhere, with one advice code per mechanism', () => {
		const s = scoreReply({ seeker, response: 'Can you please provide your order number and postcode?' });
		for (const key of mechanismKeys) {
			expect(s[key].level).toBe(0);
			expect(s[key].spans).toEqual([]);
			expect(feedbackCodes).toContain(s[key].advice);
		}
	});

	it('returns spans that slice the cue out of the response, in order', () => {
		const response = "Sorry about that. I understand. What happened? I'll look into it and we'll be in touch.";
		const s = scoreReply({ seeker, response });
		expect(s.emotionalReaction).toMatchObject({ level: 1, advice: 'emotional_reaction.name_the_emotion' });
		expect(response.slice(s.emotionalReaction.spans[0]!.start, s.emotionalReaction.spans[0]!.end)).toBe('Sorry');
		expect(response.slice(s.interpretation.spans[0]!.start, s.interpretation.spans[0]!.end)).toBe('I understand');
		expect(response.slice(s.exploration.spans[0]!.start, s.exploration.spans[0]!.end)).toBe('What happened?');
		expect(s.ownership).toMatchObject({ level: 1, advice: 'ownership.commit_concrete_action' });
		expect(s.nextSteps).toMatchObject({ level: 1, advice: 'next_steps.add_time_or_channel' });
		for (const key of mechanismKeys) {
			const starts = s[key].spans.map((x) => x.start);
			expect(starts).toEqual([...starts].sort((a, b) => a - b));
		}
	});

	it('treats an open question reusing the seeker’s words as specific', () => {
		const s = scoreReply({ seeker, response: 'What did the tracking say about the birthday present?' });
		expect(s.exploration.level).toBe(2);
		expect(scoreReply({ seeker, response: 'What did they say?' }).exploration.level).toBe(1);
	});

	it('uses the locale when given (region suffix ignored) and detects the language otherwise', () => {
		expect(languageOf({ seeker, response: 'Bardzo mi przykro.', locale: 'pl-PL' })).toBe('pl');
		expect(languageOf({ seeker, response: 'Bardzo mi przykro.' })).toBe('pl');
		expect(languageOf({ seeker, response: 'Sorry.', locale: 'de' })).toBe('en');
		expect(scoreReply({ seeker, response: '很抱歉。' }).language).toBe('zh');
	});

	it('is deterministic', () => {
		const input = { seeker, response: "I'm sorry. I'll call you tomorrow at 10am." };
		expect(scoreReply(input)).toEqual(scoreReply(input));
	});
});

describe('the labelled bench set', () => {
	const file = new URL('../../../../bench/data/empathy-labelled.json', import.meta.url);
	const data = JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, unknown>[] };
	const levels = ['emotional_reaction', 'interpretation', 'exploration', 'ownership', 'next_steps'];

	it('parses and every item has the required fields', () => {
		const ids = new Set<unknown>();
		for (const item of data.items) {
			expect(typeof item.id).toBe('string');
			expect(ids.has(item.id)).toBe(false);
			ids.add(item.id);
			expect(typeof item.seeker).toBe('string');
			expect(typeof item.response).toBe('string');
			expect((item.response as string).length).toBeGreaterThan(0);
			expect(['tune', 'heldout']).toContain(item.split);
			for (const key of levels) expect([0, 1, 2]).toContain(item[key]);
		}
	});

	it('has at least 300 English contact-center items, 30% of them held out, and about 60 peer-support items', () => {
		const english = data.items.filter((i) => i.lang === 'en' && i.register === 'contact_center');
		expect(english.length).toBeGreaterThanOrEqual(300);
		expect(english.filter((i) => i.split === 'heldout').length / english.length).toBeGreaterThanOrEqual(0.3);
		expect(data.items.filter((i) => i.register === 'peer_support').length).toBeGreaterThanOrEqual(55);
		for (const lang of ['pl', 'fa', 'ar', 'zh']) expect(data.items.filter((i) => i.lang === lang).length).toBeGreaterThan(0);
	});

	it('keeps each seeker message in one split only (held-out scenarios share no seeker text with tuning)', () => {
		const splitOf = new Map<unknown, unknown>();
		for (const item of data.items) {
			if (splitOf.has(item.seeker)) expect(splitOf.get(item.seeker)).toBe(item.split);
			splitOf.set(item.seeker, item.split);
		}
	});
});
