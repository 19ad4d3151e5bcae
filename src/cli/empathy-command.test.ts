import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { empathyCommand, maxEmpathyItems, maxEmpathyTextLength, maxEmpathyTotalLength } from './empathy-command';

async function failure(input: unknown): Promise<string> {
	try {
		await empathyCommand(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as Error).message;
	}
	throw new Error('expected a CliError');
}

const seeker = 'I was charged twice for my order and now I have no money for food this week.';

describe('empathyCommand', () => {
	it('returns exactly the three EPITOME keys, in order, one item per input item', async () => {
		const out = await empathyCommand({
			items: [
				{ seeker, response: 'Please provide your order number.' },
				{ seeker, response: "I'm so sorry. I understand. What happened?" },
				{ seeker, response: "I'm really worried for you. That must be so stressful. Has this left you short for food this week? I've refunded the second payment today." }
			]
		});
		expect(out.items).toEqual([
			{ emotional_reaction: 0, interpretation: 0, exploration: 0 },
			{ emotional_reaction: 1, interpretation: 1, exploration: 1 },
			{ emotional_reaction: 2, interpretation: 2, exploration: 2 }
		]);
		for (const item of out.items) expect(Object.keys(item)).toEqual(['emotional_reaction', 'interpretation', 'exploration']);
		expect(JSON.stringify(out.items[0])).toBe('{"emotional_reaction":0,"interpretation":0,"exploration":0}');
	});

	it('accepts an empty list and an empty seeker', async () => {
		expect(await empathyCommand({ items: [] })).toEqual({ items: [] });
		expect((await empathyCommand({ items: [{ seeker: '', response: 'Sorry to hear that.' }] })).items[0]!.emotional_reaction).toBe(1);
	});

	it('scores the interface languages', async () => {
		const out = await empathyCommand({ items: [{ seeker: '', response: 'Bardzo mi przykro. Rozumiem.' }, { seeker: '', response: '我真的很担心您。' }] });
		expect(out.items[0]).toEqual({ emotional_reaction: 1, interpretation: 1, exploration: 0 });
		expect(out.items[1]!.emotional_reaction).toBe(2);
	});

	it('refuses input that is not an object with an items array', async () => {
		expect(await failure(null)).toMatch(/JSON object/);
		expect(await failure([])).toMatch(/JSON object/);
		expect(await failure({})).toBe('items must be an array of {"seeker","response"} objects, got nothing');
		expect(await failure({ items: 'x' })).toMatch(/items must be an array.*got string/);
	});

	it('names the item index and field of a bad item', async () => {
		const good = { seeker, response: 'Sorry.' };
		expect(await failure({ items: [good, good, good, { seeker, response: '' }] })).toBe('items[3].response must be a non-empty string');
		expect(await failure({ items: [{ seeker, response: '   ' }] })).toBe('items[0].response must be a non-empty string');
		expect(await failure({ items: [{ seeker }] })).toBe('items[0].response must be a non-empty string');
		expect(await failure({ items: [good, { seeker: 3, response: 'ok' }] })).toBe('items[1].seeker must be a string, got number');
		expect(await failure({ items: [good, 'text'] })).toMatch(/^items\[1\] must be an object/);
		expect(await failure({ items: [null] })).toMatch(/^items\[0\] must be an object.*null/);
	});

	it('caps the number of items and the length of each text', async () => {
		const many = Array.from({ length: maxEmpathyItems + 1 }, () => ({ seeker: '', response: 'ok' }));
		expect(await failure({ items: many })).toBe(`items has ${maxEmpathyItems + 1} entries; at most ${maxEmpathyItems} per call`);
		const long = 'a'.repeat(maxEmpathyTextLength + 1);
		expect(await failure({ items: [{ seeker: '', response: long }] })).toMatch(/^items\[0\]\.response has 20001 characters; at most 20000$/);
		expect(await failure({ items: [{ seeker: long, response: 'ok' }] })).toMatch(/^items\[0\]\.seeker has 20001 characters/);
		const big = { seeker: 'a'.repeat(maxEmpathyTextLength), response: 'b'.repeat(maxEmpathyTextLength) };
		const count = Math.ceil(maxEmpathyTotalLength / (2 * maxEmpathyTextLength)) + 1;
		expect(await failure({ items: Array.from({ length: count }, () => big) })).toMatch(/^items\[0\.\.50\] hold more than 2000000 characters in all/);
	});
});
