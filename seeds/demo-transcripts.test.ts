import { describe, expect, it } from 'vitest';
import { demoTranscripts } from './demo-transcripts';

describe('demo transcripts', () => {
	it('has sixteen transcripts with unique snake_case keys', () => {
		expect(demoTranscripts).toHaveLength(16);
		const keys = demoTranscripts.map((t) => t.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
	});

	it('keeps every transcript to 6–14 non-empty turns with both speakers', () => {
		for (const transcript of demoTranscripts) {
			expect(transcript.turns.length, transcript.key).toBeGreaterThanOrEqual(6);
			expect(transcript.turns.length, transcript.key).toBeLessThanOrEqual(14);
			expect(new Set(transcript.turns.map((t) => t.speaker)), transcript.key).toEqual(new Set(['customer', 'agent']));
			for (const turn of transcript.turns) expect(turn.text.trim(), transcript.key).not.toBe('');
		}
	});

	it('mixes channels and quality levels', () => {
		const count = (quality: string) => demoTranscripts.filter((t) => t.quality === quality).length;
		for (const quality of ['poor', 'mixed', 'good']) expect(count(quality), quality).toBeGreaterThanOrEqual(4);
		expect(new Set(demoTranscripts.map((t) => t.channel))).toEqual(new Set(['voice', 'chat', 'email']));
	});

	it('covers the training situations plus a technical fault and a cancellation', () => {
		const situations = new Set(demoTranscripts.map((t) => t.situation));
		for (const required of ['billing_error', 'late_delivery', 'repeated_contact', 'angry_customer', 'bereavement', 'technical_fault', 'cancellation']) {
			expect(situations.has(required), required).toBe(true);
		}
	});

	it('contains no card numbers, links or real-looking email addresses', () => {
		for (const transcript of demoTranscripts) {
			for (const { text } of transcript.turns) {
				expect(text, transcript.key).not.toMatch(/\b(?:\d[ -]?){13,19}\b/);
				expect(text, transcript.key).not.toMatch(/https?:|www\./);
				for (const address of text.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(address, transcript.key).toMatch(/@example\.(com|org|net)$/);
			}
		}
	});
});
