// `tend risk`: turnover-risk scores with their reasons, JSON in, JSON out. Contract:
//   in:  {"train":[{"features":{"Age":41,"OverTime":"Yes"},"left":true}, ...],
//         "score":[{"features":{"Age":29,"OverTime":"No"}}, ...]}
//   out: {"scores":[0.31, ...],
//         "explanations":[[{"feature":"OverTime","contribution":0.8}, ...], ...]}
//   with --with-model (not part of the contract) the output also carries
//         "model":{"kind":"logistic_l2"|"base_rate","fallback":null|{"reason","message"},"l2":3,
//                  "training_rows":1029,"exits":166,"dropped_features":["EmployeeCount"]}}
// `scores` has one probability per score item, in order. `explanations` has one array per score item:
// the top 5 features (all if fewer) by absolute contribution, descending (ties in training order),
// on the log-odds scale, measured from a training-average row; positive pushes risk up. One-hot
// columns are summed back to their feature. Feature values: numbers stay numbers, strings are
// categories; true/false are accepted as categories and null means missing. A category not seen in
// training, or a feature absent from a score item, contributes 0; score features unknown to training
// are ignored. With fewer than 10 exits (or 10 stays), or one class only, every score is the smoothed
// base rate, explanations are empty and `model.fallback` says why (src/lib/domain/risk/risk-model.ts).
// Size cap: 20,000 train and 100,000 score items, 100 features per item, 100 distinct categories per
// feature, 300 model columns; beyond that the fit's cost (O(rows × columns²) per Newton step, over
// 11 penalties × 5 folds) is no longer interactive.
import { CliError } from './cli-error';
import { FeatureError, type FeatureRow } from '$lib/domain/risk/features';
import { scoreRisk, trainRiskModel, type RiskModel } from '$lib/domain/risk/risk-model';

export const RISK_LIMITS = { trainItems: 20_000, scoreItems: 100_000, featuresPerItem: 100, categoriesPerFeature: 100, modelColumns: 300, stringLength: 200 };
const TOP_EXPLANATIONS = 5;

export interface RiskOutput {
	scores: number[];
	explanations: { feature: string; contribution: number }[][];
	model?: {
		kind: RiskModel['kind'];
		fallback: RiskModel['fallback'];
		l2: number | null;
		training_rows: number;
		exits: number;
		dropped_features: string[];
	};
}

type Kind = 'number' | 'string' | 'boolean';
const KIND_NAMES: Record<Kind, string> = { number: 'a number', string: 'a string', boolean: 'true/false' };

const describe = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks every item; records each feature's kind with where it was first seen, so a clash names both places. */
function readItems(list: unknown, name: 'train' | 'score', kinds: Map<string, { kind: Kind; at: string }>, categories: Map<string, Set<string>>): { features: FeatureRow; left?: boolean }[] {
	const shape = name === 'train' ? '{"features": {...}, "left": true|false}' : '{"features": {...}}';
	if (!Array.isArray(list)) throw new CliError(`${name} must be an array of ${shape}, got ${list === undefined ? 'nothing' : describe(list)}`);
	const cap = name === 'train' ? RISK_LIMITS.trainItems : RISK_LIMITS.scoreItems;
	if (list.length > cap) throw new CliError(`${name} has ${list.length} items; at most ${cap.toLocaleString('en-US')} are accepted`);
	return list.map((item: unknown, i) => {
		const at = `${name}[${i}]`;
		if (!isObject(item)) throw new CliError(`${at} must be an object ${shape}, got ${describe(item)}`);
		if (!isObject(item.features)) throw new CliError(`${at}.features must be an object of feature values, got ${item.features === undefined ? 'nothing' : describe(item.features)}`);
		if (name === 'train' && typeof item.left !== 'boolean') throw new CliError(`${at}.left must be true or false, got ${item.left === undefined ? 'nothing' : JSON.stringify(item.left)}`);
		const entries = Object.entries(item.features);
		if (entries.length > RISK_LIMITS.featuresPerItem) throw new CliError(`${at}.features has ${entries.length} features; at most ${RISK_LIMITS.featuresPerItem} are accepted`);
		for (const [feature, value] of entries) {
			const path = `${at}.features.${feature}`;
			if (feature === '') throw new CliError(`${at}.features has a feature with an empty name`);
			if (value === null) continue;
			let kind: Kind;
			if (typeof value === 'number') {
				if (!Number.isFinite(value)) throw new CliError(`${path} must be a finite number, got ${value}`);
				kind = 'number';
			} else if (typeof value === 'string') {
				if (value.length > RISK_LIMITS.stringLength) throw new CliError(`${path} is a string of ${value.length} characters; categories are at most ${RISK_LIMITS.stringLength}`);
				kind = 'string';
			} else if (typeof value === 'boolean') kind = 'boolean';
			else throw new CliError(`${path} must be a number or a string, got ${describe(value)}`);
			const seen = kinds.get(feature);
			if (!seen) {
				if (name === 'train') kinds.set(feature, { kind, at });
			} else if (seen.kind !== kind) {
				throw new CliError(`feature "${feature}" is ${KIND_NAMES[seen.kind]} in ${seen.at} but ${KIND_NAMES[kind]} in ${at}; a feature must keep one type`);
			}
			if (name === 'train' && kind !== 'number') {
				const levels = categories.get(feature) ?? new Set<string>();
				levels.add(String(value));
				categories.set(feature, levels);
				if (levels.size > RISK_LIMITS.categoriesPerFeature)
					throw new CliError(`feature "${feature}" has more than ${RISK_LIMITS.categoriesPerFeature} distinct categories in train (an identifier is not a useful feature)`);
			}
		}
		return name === 'train' ? { features: item.features as FeatureRow, left: item.left as boolean } : { features: item.features as FeatureRow };
	});
}

/** The contract's output; `withModel` adds what was fitted (the fallback flag among it) for callers that want it. */
export async function riskCommand(input: unknown, withModel = false): Promise<RiskOutput> {
	let body = input;
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body);
		} catch {
			throw new CliError('risk reads a JSON object on stdin; the input is not valid JSON');
		}
	}
	if (!isObject(body)) throw new CliError('risk reads a JSON object: {"train": [{"features": {...}, "left": true|false}], "score": [{"features": {...}}]}');
	for (const key of Object.keys(body)) if (key !== 'train' && key !== 'score') throw new CliError(`unknown field "${key}"; risk reads "train" and "score"`);
	const kinds = new Map<string, { kind: Kind; at: string }>();
	const categories = new Map<string, Set<string>>();
	const train = readItems(body.train, 'train', kinds, categories);
	if (train.length === 0) throw new CliError('train is empty; the model needs the history of who left and who stayed');
	const score = readItems(body.score, 'score', kinds, categories);
	// a numeric feature takes up to 2 columns (value, missing indicator); a categorical one a column per non-reference level, plus missing
	let columns = 0;
	for (const [feature, { kind }] of kinds) columns += kind === 'number' ? 2 : categories.get(feature)!.size;
	if (columns > RISK_LIMITS.modelColumns) throw new CliError(`the features in train would need up to ${columns} model columns; at most ${RISK_LIMITS.modelColumns} are accepted (use fewer features or fewer categories)`);

	let model: RiskModel;
	try {
		model = trainRiskModel(train.map((t) => ({ features: t.features, left: t.left! })));
	} catch (error) {
		if (error instanceof FeatureError) throw new CliError(error.message);
		throw error;
	}
	const scores: number[] = [];
	const explanations: RiskOutput['explanations'] = [];
	score.forEach((item, i) => {
		let result;
		try {
			result = scoreRisk(model, item.features);
		} catch (error) {
			if (error instanceof FeatureError) throw new CliError(`score[${i}]: ${error.message}`);
			throw error;
		}
		scores.push(result.probability);
		explanations.push(result.contributions.slice(0, TOP_EXPLANATIONS).map(({ feature, contribution }) => ({ feature, contribution })));
	});
	if (!withModel) return { scores, explanations };
	return {
		scores,
		explanations,
		model: {
			kind: model.kind,
			fallback: model.fallback,
			l2: model.l2,
			training_rows: model.trainingRows,
			exits: model.exits,
			dropped_features: model.encoding?.dropped.map((d) => d.feature) ?? []
		}
	};
}
