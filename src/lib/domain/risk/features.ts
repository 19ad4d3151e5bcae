// Feature encoding for the turnover-risk model: arbitrary named features in, a numeric design matrix
// out, with everything needed to encode new rows stored as plain JSON.
// Rules (the usual ridge-regression preprocessing, e.g. Hastie, Tibshirani & Friedman §3.4.1):
// - Numbers are standardised with the training mean and population standard deviation, so an L2
//   penalty treats every numeric feature on the same scale. A missing number (null or absent) is
//   imputed with the training mean (0 after standardising) and, if any training row was missing
//   it, flagged in a 0/1 missing-indicator column. A number with no spread in training is dropped
//   (its missing indicator may still stay).
// - Strings and booleans are categorical (booleans as the levels "true" and "false"): one 0/1 column
//   per level except the reference, the most frequent level (ties: first in code-unit order). A
//   missing value is its own level when training had one.
// - At scoring time, a level never seen in training, or a missing value of a feature that was never
//   missing in training, is encoded as the training average of that feature's columns: the model
//   then has no evidence either way and that feature contributes exactly 0.
// - Each column's training mean is kept: contributions are measured from it (see risk-model.ts).
// Limits: no interactions or splines; a feature must keep one kind (number, string, boolean)
// across all rows; rare levels are kept as they are (the L2 penalty shrinks them).

export type FeatureValue = number | string | boolean | null | undefined;
export type FeatureRow = Readonly<Record<string, FeatureValue>>;

export interface NumericFeature {
	name: string;
	kind: 'numeric';
	mean: number;
	/** Population standard deviation; null when the observed values are constant (no value column). */
	sd: number | null;
	/** Share of training rows where it was missing; > 0 means a missing-indicator column exists. */
	missingRate: number;
}

export interface CategoricalFeature {
	name: string;
	kind: 'categorical';
	/** Whether the training values were booleans (encoded as the levels "true"/"false"). */
	boolean: boolean;
	reference: string;
	/** Non-reference levels in column order; null is the "missing" level. */
	levels: (string | null)[];
	/** Training share of each level in `levels`. */
	frequencies: number[];
}

export type EncodedFeature = NumericFeature | CategoricalFeature;

export interface EncodingColumn {
	feature: string;
	/** 'value' = standardised number, 'missing' = missing indicator, 'level' = one-hot of `level`. */
	role: 'value' | 'missing' | 'level';
	level?: string | null;
}

export interface FeatureEncoding {
	features: EncodedFeature[];
	dropped: { feature: string; reason: 'constant' | 'all_missing' }[];
	columns: EncodingColumn[];
	/** Training mean of each column: the baseline for contributions. */
	columnMeans: number[];
}

export class FeatureError extends Error {}

type Kind = 'number' | 'string' | 'boolean';

function kindOf(value: FeatureValue, feature: string, row: number): Kind | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new FeatureError(`row ${row}: feature "${feature}" is ${value}; numbers must be finite`);
		return 'number';
	}
	if (typeof value === 'string') return 'string';
	if (typeof value === 'boolean') return 'boolean';
	throw new FeatureError(`row ${row}: feature "${feature}" must be a number, a string, a boolean or null, got ${typeof value}`);
}

const KIND_NAMES: Record<Kind, string> = { number: 'a number', string: 'a string', boolean: 'a boolean' };

/** Each feature's kind over the rows; throws when a feature mixes kinds. Features that are always missing get null. */
export function inferFeatureKinds(rows: readonly FeatureRow[]): Map<string, Kind | null> {
	const kinds = new Map<string, { kind: Kind | null; row: number }>();
	rows.forEach((row, i) => {
		for (const [name, value] of Object.entries(row)) {
			const kind = kindOf(value, name, i);
			const seen = kinds.get(name);
			if (!seen || seen.kind === null) kinds.set(name, { kind, row: i });
			else if (kind !== null && kind !== seen.kind)
				throw new FeatureError(`feature "${name}" is ${KIND_NAMES[seen.kind]} in row ${seen.row} but ${KIND_NAMES[kind]} in row ${i}`);
		}
	});
	return new Map([...kinds].map(([name, { kind }]) => [name, kind]));
}

const levelOf = (value: FeatureValue): string | null => (value === null || value === undefined ? null : String(value));

/** Learn the encoding from training rows only. Feature order: first appearance over the rows. */
export function fitFeatureEncoding(rows: readonly FeatureRow[]): FeatureEncoding {
	const kinds = inferFeatureKinds(rows);
	const n = rows.length;
	const features: EncodedFeature[] = [];
	const dropped: FeatureEncoding['dropped'] = [];
	const columns: EncodingColumn[] = [];
	const columnMeans: number[] = [];
	for (const [name, kind] of kinds) {
		if (kind === null) {
			dropped.push({ feature: name, reason: 'all_missing' });
			continue;
		}
		if (kind === 'number') {
			const values = rows.map((r) => r[name]).filter((v): v is number => typeof v === 'number');
			const mean = values.reduce((s, v) => s + v, 0) / values.length;
			const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
			// relative test: a column of identical large values can leave rounding-level variance
			const sd = Math.sqrt(variance) > 1e-12 * Math.max(1, Math.abs(mean)) ? Math.sqrt(variance) : null;
			const missingRate = (n - values.length) / n;
			if (sd === null && missingRate === 0) {
				dropped.push({ feature: name, reason: 'constant' });
				continue;
			}
			features.push({ name, kind: 'numeric', mean, sd, missingRate });
			if (sd !== null) {
				columns.push({ feature: name, role: 'value' });
				columnMeans.push(0);
			}
			if (missingRate > 0) {
				columns.push({ feature: name, role: 'missing' });
				columnMeans.push(missingRate);
			}
			continue;
		}
		const counts = new Map<string | null, number>();
		for (const row of rows) {
			const level = levelOf(row[name]);
			counts.set(level, (counts.get(level) ?? 0) + 1);
		}
		if (counts.size < 2) {
			dropped.push({ feature: name, reason: 'constant' });
			continue;
		}
		const observed = [...counts.keys()].filter((l): l is string => l !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		let reference = observed[0]!;
		for (const level of observed) if (counts.get(level)! > counts.get(reference)!) reference = level;
		const levels: (string | null)[] = observed.filter((l) => l !== reference);
		if (counts.has(null)) levels.push(null);
		const frequencies = levels.map((l) => counts.get(l)! / n);
		features.push({ name, kind: 'categorical', boolean: kind === 'boolean', reference, levels, frequencies });
		levels.forEach((level, k) => {
			columns.push({ feature: name, role: 'level', level });
			columnMeans.push(frequencies[k]!);
		});
	}
	return { features, dropped, columns, columnMeans };
}

export interface EncodedRow {
	values: Float64Array;
	/** Features whose category was not seen in training (scored at the training average). */
	unseen: string[];
	/** Model features missing from this row. */
	missing: string[];
}

/**
 * Encode one row with a fitted encoding. Features the encoding doesn't know are ignored; a value of
 * the wrong kind for a known feature throws (a number where training had strings, and so on).
 */
export function encodeRow(encoding: FeatureEncoding, row: FeatureRow): EncodedRow {
	const values = new Float64Array(encoding.columns.length);
	const unseen: string[] = [];
	const missing: string[] = [];
	let c = 0;
	for (const feature of encoding.features) {
		const value = row[feature.name];
		if (feature.kind === 'numeric') {
			if (value !== null && value !== undefined && (typeof value !== 'number' || !Number.isFinite(value)))
				throw new FeatureError(`feature "${feature.name}" must be a finite number (as in training), got ${typeof value === 'number' ? value : typeof value}`);
			const isMissing = value === null || value === undefined;
			if (isMissing) missing.push(feature.name);
			if (feature.sd !== null) values[c++] = isMissing ? 0 : ((value as number) - feature.mean) / feature.sd;
			// a feature never missing in training has no indicator: the mean imputation alone makes it neutral
			if (feature.missingRate > 0) values[c++] = isMissing ? 1 : 0;
			continue;
		}
		const expected = feature.boolean ? 'boolean' : 'string';
		if (value !== null && value !== undefined && typeof value !== expected)
			throw new FeatureError(`feature "${feature.name}" must be a ${expected} (as in training), got ${typeof value}`);
		const level = levelOf(value);
		if (level === null) missing.push(feature.name);
		const index = feature.levels.indexOf(level);
		if (level === feature.reference) {
			c += feature.levels.length; // all zeros
		} else if (index >= 0) {
			values[c + index] = 1;
			c += feature.levels.length;
		} else {
			if (level !== null) unseen.push(feature.name);
			for (const f of feature.frequencies) values[c++] = f;
		}
	}
	return { values, unseen, missing };
}
