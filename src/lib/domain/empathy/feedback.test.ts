import { describe, expect, it } from 'vitest';
import { adviseFor, englishFeedback, feedbackCodes } from './feedback';
import { mechanismKeys } from './cue-rules';

describe('feedback codes', () => {
	it('has an English default text for every code, and codes in mechanism.advice form', () => {
		expect(Object.keys(englishFeedback).sort()).toEqual([...feedbackCodes].sort());
		for (const code of feedbackCodes) {
			expect(code).toMatch(/^(emotional_reaction|interpretation|exploration|ownership|next_steps)\.[a-z_]+$/);
			expect(englishFeedback[code].length).toBeGreaterThan(20);
		}
	});

	it('advises nothing at strong and a different code at none and weak', () => {
		for (const mechanism of mechanismKeys) {
			expect(adviseFor(mechanism, 2)).toBeNull();
			const none = adviseFor(mechanism, 0);
			const weak = adviseFor(mechanism, 1);
			expect(none).not.toBeNull();
			expect(weak).not.toBeNull();
			expect(none).not.toBe(weak);
		}
	});

	it('says so when the only questions asked for data', () => {
		expect(adviseFor('exploration', 0, true)).toBe('exploration.data_question_is_not_exploration');
		expect(adviseFor('exploration', 0, false)).toBe('exploration.ask_about_them');
		expect(adviseFor('exploration', 1, true)).toBe('exploration.ask_specific_question');
	});
});
