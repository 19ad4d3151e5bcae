import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { riskCommand, RISK_LIMITS } from './risk-command';
import { mulberry32 } from '$lib/domain/random';

/** Synthetic history: overtime and short tenure raise risk; six features so the top-5 cut matters. */
function history(seed: number, n: number) {
	const random = mulberry32(seed);
	const roles = ['Agent', 'Senior Agent', 'Team Lead'];
	return Array.from({ length: n }, () => {
		const overtimeHours = Math.round(random() * 20);
		const tenureYears = Math.round(random() * 100) / 10;
		const OverTime = random() < 0.3 ? 'Yes' : 'No';
		const role = roles[Math.floor(random() * 3)]!;
		const logOdds = -2 + 0.12 * overtimeHours - 0.25 * tenureYears + (OverTime === 'Yes' ? 1 : 0) + (role === 'Agent' ? 0.5 : 0);
		return {
			features: { overtimeHours, tenureYears, OverTime, role, remote: random() < 0.5, commute: Math.round(random() * 60) },
			left: random() < 1 / (1 + Math.exp(-logOdds))
		};
	});
}

async function cliError(input: unknown): Promise<string> {
	try {
		await riskCommand(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as Error).message;
	}
	throw new Error('expected a CliError');
}

const train = history(1, 300);
const score = [
	{ features: { overtimeHours: 18, tenureYears: 0.5, OverTime: 'Yes', role: 'Agent', remote: false, commute: 30 } },
	{ features: { overtimeHours: 0, tenureYears: 9, OverTime: 'No', role: 'Team Lead', remote: true, commute: 10 } }
];

describe('tend risk', () => {
	it('writes one probability and one explanation per score item, in order', async () => {
		expect(Object.keys(await riskCommand({ train, score }))).toEqual(['scores', 'explanations']);
		const out = await riskCommand({ train, score }, true);
		expect(Object.keys(out)).toEqual(['scores', 'explanations', 'model']);
		expect(out.scores).toHaveLength(2);
		expect(out.explanations).toHaveLength(2);
		for (const p of out.scores) expect(p > 0 && p < 1).toBe(true);
		expect(out.scores[0]!).toBeGreaterThan(out.scores[1]!);
		expect(out.model).toMatchObject({ kind: 'logistic_l2', fallback: null, training_rows: 300 });
		expect(JSON.parse(JSON.stringify(out))).toEqual(out);
	});

	it('explains with the original feature names, top 5 by absolute contribution, positive = riskier', async () => {
		const out = await riskCommand({ train, score });
		for (const explanation of out.explanations) {
			expect(explanation).toHaveLength(5);
			for (const item of explanation) {
				expect(Object.keys(item)).toEqual(['feature', 'contribution']);
				expect(['overtimeHours', 'tenureYears', 'OverTime', 'role', 'remote', 'commute']).toContain(item.feature);
				expect(Number.isFinite(item.contribution)).toBe(true);
			}
			const sizes = explanation.map((e) => Math.abs(e.contribution));
			expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		}
		const risky = Object.fromEntries(out.explanations[0]!.map((e) => [e.feature, e.contribution]));
		expect(risky.overtimeHours).toBeGreaterThan(0);
		expect(risky.OverTime).toBeGreaterThan(0);
		expect(risky.tenureYears).toBeGreaterThan(0);
	});

	it('returns every feature when there are fewer than 5', async () => {
		const small = train.map((t) => ({ features: { overtimeHours: t.features.overtimeHours, OverTime: t.features.OverTime }, left: t.left }));
		const out = await riskCommand({ train: small, score: [{ features: { overtimeHours: 3, OverTime: 'No' } }] });
		expect(out.explanations[0]!.map((e) => e.feature).sort()).toEqual(['OverTime', 'overtimeHours']);
	});

	it('scores an unseen category, a missing feature and an unknown feature without crashing', async () => {
		const out = await riskCommand({ train, score: [{ features: { overtimeHours: 5, role: 'Workforce Analyst', department: 'new' } }] });
		expect(out.scores).toHaveLength(1);
		expect(Number.isFinite(out.scores[0]!)).toBe(true);
		const role = out.explanations[0]!.find((e) => e.feature === 'role');
		expect(role?.contribution ?? 0).toBe(0);
	});

	it('accepts the JSON text as well as the parsed object, and an empty score list', async () => {
		const out = await riskCommand(JSON.stringify({ train, score: [] }));
		expect(out.scores).toEqual([]);
		expect(out.explanations).toEqual([]);
	});

	it('falls back to the base rate with one class in train, and says so', async () => {
		const out = await riskCommand({ train: train.map((t) => ({ ...t, left: false })), score }, true);
		expect(out.model!.kind).toBe('base_rate');
		expect(out.model!.fallback!.reason).toBe('single_class');
		expect(out.scores).toEqual([0.5 / 301, 0.5 / 301]);
		expect(out.explanations).toEqual([[], []]);
	});

	it('falls back with fewer than 10 exits', async () => {
		const few = train.map((t, i) => ({ ...t, left: i < 4 }));
		const out = await riskCommand({ train: few, score }, true);
		expect(out.model!.fallback!.reason).toBe('too_few_exits');
		expect(out.model!.exits).toBe(4);
	});

	it('is deterministic', async () => {
		expect(await riskCommand({ train, score })).toEqual(await riskCommand({ train, score }));
	});

	it('refuses malformed input with the item, the field and the reason', async () => {
		expect(await cliError('{')).toMatch(/not valid JSON/);
		expect(await cliError([])).toMatch(/risk reads a JSON object/);
		expect(await cliError({ score })).toBe('train must be an array of {"features": {...}, "left": true|false}, got nothing');
		expect(await cliError({ train: [], score })).toMatch(/^train is empty/);
		expect(await cliError({ train })).toBe('score must be an array of {"features": {...}}, got nothing');
		expect(await cliError({ train, score, seed: 3 })).toBe('unknown field "seed"; risk reads "train" and "score"');
		const badLeft = train.map((t, i) => (i === 12 ? { ...t, left: 'yes' } : t));
		expect(await cliError({ train: badLeft, score })).toBe('train[12].left must be true or false, got "yes"');
		const noLeft = train.map((t, i) => (i === 3 ? { features: t.features } : t));
		expect(await cliError({ train: noLeft, score })).toBe('train[3].left must be true or false, got nothing');
		expect(await cliError({ train: [5], score })).toMatch(/^train\[0\] must be an object/);
		expect(await cliError({ train: [{ features: [1], left: true }], score })).toBe('train[0].features must be an object of feature values, got array');
		expect(await cliError({ train, score: [{ features: { tenureYears: 2, Age: { years: 30 } } }] })).toBe('score[0].features.Age must be a number or a string, got object');
		expect(await cliError({ train, score: [{ features: { Age: [30] } }] })).toBe('score[0].features.Age must be a number or a string, got array');
	});

	it('refuses a feature that changes type between rows, naming both places', async () => {
		const mixed = train.map((t, i) => (i === 7 ? { ...t, features: { ...t.features, tenureYears: '3 years' } } : t));
		expect(await cliError({ train: mixed, score })).toBe('feature "tenureYears" is a number in train[0] but a string in train[7]; a feature must keep one type');
		expect(await cliError({ train, score: [{ features: { OverTime: true } }] })).toBe('feature "OverTime" is a string in train[0] but true/false in score[0]; a feature must keep one type');
	});

	it('caps the input size', async () => {
		const many = Array.from({ length: RISK_LIMITS.trainItems + 1 }, (_, i) => ({ features: { x: i }, left: i % 2 === 0 }));
		expect(await cliError({ train: many, score: [] })).toBe('train has 20001 items; at most 20,000 are accepted');
		const ids = Array.from({ length: 150 }, (_, i) => ({ features: { name: `agent-${i}` }, left: i % 2 === 0 }));
		expect(await cliError({ train: ids, score: [] })).toMatch(/feature "name" has more than 100 distinct categories in train/);
		const wide = { features: Object.fromEntries(Array.from({ length: 101 }, (_, k) => [`f${k}`, k])), left: true };
		expect(await cliError({ train: [wide], score: [] })).toBe('train[0].features has 101 features; at most 100 are accepted');
	});
});
