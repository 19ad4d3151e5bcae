import { describe, expect, it } from 'vitest';
import { encodeRow, fitFeatureEncoding, inferFeatureKinds, type FeatureRow } from './features';

describe('fitFeatureEncoding: numbers', () => {
	it('standardises with the training mean and population standard deviation', () => {
		const encoding = fitFeatureEncoding([{ tenure: 1 }, { tenure: 3 }, { tenure: 5 }, { tenure: 7 }]);
		expect(encoding.features).toEqual([{ name: 'tenure', kind: 'numeric', mean: 4, sd: Math.sqrt(5), missingRate: 0 }]);
		expect(encoding.columns).toEqual([{ feature: 'tenure', role: 'value' }]);
		expect(encoding.columnMeans).toEqual([0]);
		expect(encodeRow(encoding, { tenure: 4 + Math.sqrt(5) }).values[0]).toBeCloseTo(1, 14);
	});

	it('drops constant and always-missing columns and says why', () => {
		const encoding = fitFeatureEncoding([
			{ hours: 40, site: 'A', note: null, x: 1 },
			{ hours: 40, site: 'A', note: null, x: 2 }
		]);
		expect(encoding.dropped).toEqual([
			{ feature: 'hours', reason: 'constant' },
			{ feature: 'site', reason: 'constant' },
			{ feature: 'note', reason: 'all_missing' }
		]);
		expect(encoding.features.map((f) => f.name)).toEqual(['x']);
	});

	it('treats a constant of large magnitude as constant despite rounding', () => {
		const encoding = fitFeatureEncoding([{ pay: 0.1 + 0.2 + 1e9 }, { pay: 0.3 + 1e9 }, { pay: 1e9 + 0.30000000000000004 }]);
		expect(encoding.dropped.map((d) => d.feature)).toEqual(['pay']);
	});

	it('imputes a missing number with the training mean and adds a missing indicator', () => {
		const rows: FeatureRow[] = [{ age: 20 }, { age: 40 }, { age: null }, {}];
		const encoding = fitFeatureEncoding(rows);
		expect(encoding.features[0]).toMatchObject({ mean: 30, sd: 10, missingRate: 0.5 });
		expect(encoding.columns).toEqual([
			{ feature: 'age', role: 'value' },
			{ feature: 'age', role: 'missing' }
		]);
		expect(encoding.columnMeans).toEqual([0, 0.5]);
		expect([...encodeRow(encoding, { age: 40 }).values]).toEqual([1, 0]);
		const missing = encodeRow(encoding, {});
		expect([...missing.values]).toEqual([0, 1]);
		expect(missing.missing).toEqual(['age']);
	});

	it('keeps only the missing indicator when the observed values are constant', () => {
		const encoding = fitFeatureEncoding([{ bonus: 5 }, { bonus: null }, { bonus: 5 }, { bonus: 5 }]);
		expect(encoding.columns).toEqual([{ feature: 'bonus', role: 'missing' }]);
		expect([...encodeRow(encoding, { bonus: 5 }).values]).toEqual([0]);
	});

	it('imputes a missing value at scoring time without an indicator when training had none', () => {
		const encoding = fitFeatureEncoding([{ age: 20 }, { age: 40 }]);
		const row = encodeRow(encoding, { age: null });
		expect([...row.values]).toEqual([0]);
		expect(row.missing).toEqual(['age']);
	});
});

describe('fitFeatureEncoding: categories', () => {
	const rows: FeatureRow[] = [{ shift: 'night' }, { shift: 'day' }, { shift: 'day' }, { shift: 'evening' }, { shift: 'day' }, { shift: 'night' }];

	it('one-hot encodes with the most frequent level as the reference, the others in sorted order', () => {
		const encoding = fitFeatureEncoding(rows);
		expect(encoding.features[0]).toEqual({ name: 'shift', kind: 'categorical', boolean: false, reference: 'day', levels: ['evening', 'night'], frequencies: [1 / 6, 2 / 6] });
		expect([...encodeRow(encoding, { shift: 'day' }).values]).toEqual([0, 0]);
		expect([...encodeRow(encoding, { shift: 'night' }).values]).toEqual([0, 1]);
		expect(encoding.columnMeans).toEqual([1 / 6, 2 / 6]);
	});

	it('breaks a tie for the reference by sorted order', () => {
		const encoding = fitFeatureEncoding([{ team: 'b' }, { team: 'a' }, { team: 'b' }, { team: 'a' }]);
		expect(encoding.features[0]).toMatchObject({ reference: 'a', levels: ['b'] });
	});

	it('scores an unseen level at the training mix (no evidence), without crashing', () => {
		const encoding = fitFeatureEncoding(rows);
		const row = encodeRow(encoding, { shift: 'weekend' });
		expect([...row.values]).toEqual([1 / 6, 2 / 6]);
		expect(row.unseen).toEqual(['shift']);
	});

	it('makes missing its own level when training had it, otherwise scores it at the training mix', () => {
		const withMissing = fitFeatureEncoding([...rows, { shift: null }]);
		expect((withMissing.features[0] as { levels: unknown[] }).levels).toEqual(['evening', 'night', null]);
		expect([...encodeRow(withMissing, {}).values]).toEqual([0, 0, 1]);
		const without = fitFeatureEncoding(rows);
		const row = encodeRow(without, { shift: null });
		expect([...row.values]).toEqual([1 / 6, 2 / 6]);
		expect(row.unseen).toEqual([]);
		expect(row.missing).toEqual(['shift']);
	});

	it('treats booleans as the categories "true" and "false"', () => {
		const encoding = fitFeatureEncoding([{ remote: true }, { remote: false }, { remote: false }]);
		expect(encoding.features[0]).toMatchObject({ kind: 'categorical', boolean: true, reference: 'false', levels: ['true'] });
		expect([...encodeRow(encoding, { remote: true }).values]).toEqual([1]);
	});
});

describe('feature kinds', () => {
	it('refuses a feature that is a number in one row and a string in another, naming both rows', () => {
		expect(() => inferFeatureKinds([{ age: 30 }, { age: null }, { age: '31' }])).toThrow('feature "age" is a number in row 0 but a string in row 2');
	});

	it('refuses values that are not numbers, strings, booleans or null', () => {
		expect(() => fitFeatureEncoding([{ age: {} as unknown as number }])).toThrow(/row 0: feature "age" must be a number, a string, a boolean or null, got object/);
		expect(() => fitFeatureEncoding([{ age: Number.POSITIVE_INFINITY }])).toThrow(/numbers must be finite/);
	});

	it('refuses a value of the wrong kind at scoring time and ignores unknown features', () => {
		const encoding = fitFeatureEncoding([{ age: 20, team: 'a' }, { age: 30, team: 'b' }]);
		expect(() => encodeRow(encoding, { age: 'old' })).toThrow('feature "age" must be a finite number (as in training), got string');
		expect(() => encodeRow(encoding, { team: 3 })).toThrow('feature "team" must be a string (as in training), got number');
		expect([...encodeRow(encoding, { age: 25, team: 'a', extra: 'x' }).values]).toEqual([0, 0]);
	});
});
