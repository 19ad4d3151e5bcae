import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { respondentKey } from './respondent-key';

const secret = new Uint8Array(16).fill(7);

// The same construction with node's own HMAC: length-prefixed label, survey id and person id.
function reference(key: Uint8Array, surveyId: string, personId: string): string {
	const fields = ['tend/survey-respondent/v1', surveyId, personId].map((text) => Buffer.from(text, 'utf8'));
	const message = Buffer.concat(
		fields.flatMap((field) => {
			const length = Buffer.alloc(4);
			length.writeUInt32BE(field.length);
			return [length, field];
		})
	);
	return createHmac('sha256', key).update(message).digest('hex');
}

describe('respondentKey', () => {
	it('is HMAC-SHA-256 over the length-prefixed survey and person ids, in lower-case hex', () => {
		const key = respondentKey(secret, 'wave-2026-05', 'person-42');
		expect(key).toBe('6e1a7db15286018bb6f70fcbc88f31b26d917091851a3483b3b8376e331ac563');
		expect(key).toBe(reference(secret, 'wave-2026-05', 'person-42'));
		expect(respondentKey(secret, 'wave-é', 'ñ')).toBe(reference(secret, 'wave-é', 'ñ'));
	});
	it('is stable for one survey and unrelated across surveys and secrets', () => {
		const a = respondentKey(secret, 'survey-1', 'p1');
		expect(respondentKey(secret, 'survey-1', 'p1')).toBe(a);
		expect(respondentKey(secret, 'survey-2', 'p1')).not.toBe(a);
		expect(respondentKey(new Uint8Array(16).fill(8), 'survey-1', 'p1')).not.toBe(a);
		expect(respondentKey(secret, 'survey-1', 'p2')).not.toBe(a);
	});
	it('cannot be forged by moving characters between the two ids', () => {
		expect(respondentKey(secret, 'ab', 'c')).not.toBe(respondentKey(secret, 'a', 'bc'));
	});
	it('does not contain the person id', () => {
		expect(respondentKey(secret, 's', 'alice@example.com')).not.toContain('alice');
	});
	it('refuses a short secret and empty ids', () => {
		expect(() => respondentKey(new Uint8Array(15), 's', 'p')).toThrow('at least 16 random bytes, got 15');
		expect(() => respondentKey(secret, '', 'p')).toThrow('survey id must be a non-empty string');
		expect(() => respondentKey(secret, 's', '')).toThrow('person id must be a non-empty string');
		expect(() => respondentKey('secret' as unknown as Uint8Array, 's', 'p')).toThrow('must be a Uint8Array');
	});
});
