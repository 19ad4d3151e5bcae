// `tend empathy`: EPITOME empathy levels for practice replies, JSON in, JSON out. Contract:
//   in:  {"items":[{"seeker":"...","response":"..."}]}
//   out: {"items":[{"emotional_reaction":0,"interpretation":1,"exploration":2}]}
// Exactly these three keys per item, in this order, integers 0 (none), 1 (weak), 2 (strong); one
// output item per input item, in order. The language of each response is detected (en, pl, fa, ar,
// zh). Ownership, next steps, highlight spans and feedback codes are in the domain API
// (src/lib/domain/empathy/score-reply.ts), not in this contract.
// Caps: 10,000 items, 20,000 characters per text and 2,000,000 characters in all (seekers and
// responses), so one call stays within about 15 s (bench/README.md: about 6 ms per 1,000 characters
// of a long reply, 0.1 ms for a typical one).
import { CliError } from './cli-error';
import { scoreReply } from '$lib/domain/empathy/score-reply';

export const maxEmpathyItems = 10_000;
export const maxEmpathyTextLength = 20_000;
export const maxEmpathyTotalLength = 2_000_000;

export interface EmpathyOutputItem {
	emotional_reaction: number;
	interpretation: number;
	exploration: number;
}

const describe = (value: unknown): string => (value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export async function empathyCommand(input: unknown): Promise<{ items: EmpathyOutputItem[] }> {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new CliError(`empathy reads a JSON object {"items":[{"seeker":"...","response":"..."}]}, got ${describe(input)}`);
	const items = (input as Record<string, unknown>).items;
	if (!Array.isArray(items)) throw new CliError(`items must be an array of {"seeker","response"} objects, got ${describe(items)}`);
	if (items.length > maxEmpathyItems) throw new CliError(`items has ${items.length} entries; at most ${maxEmpathyItems} per call`);
	let total = 0;
	const checked = items.map((raw: unknown, i) => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CliError(`items[${i}] must be an object {"seeker","response"}, got ${describe(raw)}`);
		const { seeker, response } = raw as Record<string, unknown>;
		if (typeof seeker !== 'string') throw new CliError(`items[${i}].seeker must be a string, got ${describe(seeker)}`);
		if (typeof response !== 'string' || response.trim() === '') throw new CliError(`items[${i}].response must be a non-empty string`);
		if (seeker.length > maxEmpathyTextLength) throw new CliError(`items[${i}].seeker has ${seeker.length} characters; at most ${maxEmpathyTextLength}`);
		if (response.length > maxEmpathyTextLength) throw new CliError(`items[${i}].response has ${response.length} characters; at most ${maxEmpathyTextLength}`);
		total += seeker.length + response.length;
		if (total > maxEmpathyTotalLength) throw new CliError(`items[0..${i}] hold more than ${maxEmpathyTotalLength} characters in all; split the input into several calls`);
		return { seeker, response };
	});
	return {
		items: checked.map((item) => {
			const score = scoreReply(item);
			return { emotional_reaction: score.emotionalReaction.level, interpretation: score.interpretation.level, exploration: score.exploration.level };
		})
	};
}
