// Per-survey pseudonymous respondent keys: HMAC-SHA-256(surveySecret, surveyId, personId), hex.
// Answers are stored under this key, never under the person's id, so the answers table alone
// does not say who answered what, and keys from two surveys cannot be joined (a different
// survey id, and normally a different secret, give unrelated keys).
// Limits: this is pseudonymity, not anonymity. Whoever holds the secret and the staff list can
// recompute every key, so the secret must live apart from the answers (and can be destroyed
// once the wave closes and no more answers or retractions are accepted). The key is 64 hex
// characters; 256 bits make accidental collisions irrelevant.
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { SurveyInputError, describeValue } from './errors';

/** 16 bytes: below that a secret could be guessed offline from the keys and the staff list. */
export const MIN_SURVEY_SECRET_BYTES = 16;

const encoder = new TextEncoder();

export function respondentKey(surveySecret: Uint8Array, surveyId: string, personId: string): string {
	if (!(surveySecret instanceof Uint8Array)) throw new SurveyInputError(`survey secret must be a Uint8Array, got ${describeValue(surveySecret)}`);
	if (surveySecret.length < MIN_SURVEY_SECRET_BYTES)
		throw new SurveyInputError(`survey secret must be at least ${MIN_SURVEY_SECRET_BYTES} random bytes, got ${surveySecret.length}`);
	if (typeof surveyId !== 'string' || surveyId.length === 0) throw new SurveyInputError(`survey id must be a non-empty string, got ${describeValue(surveyId)}`);
	if (typeof personId !== 'string' || personId.length === 0) throw new SurveyInputError(`person id must be a non-empty string, got ${describeValue(personId)}`);
	return encodeHexLowerCase(hmac(SHA256, surveySecret, encodeMessage(surveyId, personId)));
}

// Length-prefixed fields, so ('ab', 'c') and ('a', 'bc') can never produce the same message;
// the label versions the scheme in case it ever has to change.
function encodeMessage(surveyId: string, personId: string): Uint8Array {
	const parts = [encoder.encode('tend/survey-respondent/v1'), encoder.encode(surveyId), encoder.encode(personId)];
	const total = parts.reduce((sum, part) => sum + 4 + part.length, 0);
	const message = new Uint8Array(total);
	const view = new DataView(message.buffer);
	let offset = 0;
	for (const part of parts) {
		view.setUint32(offset, part.length);
		message.set(part, offset + 4);
		offset += 4 + part.length;
	}
	return message;
}
