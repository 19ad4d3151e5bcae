import { describe, expect, it } from 'vitest';
import { validateQueueTargets, validateShrinkage, validateSpecialDay } from './settings-input';

describe('validateShrinkage', () => {
	it('accepts a category, the share typed as a percentage, the name tidied', () => {
		expect(validateShrinkage({ name: '  Coffee   breaks ', kind: 'planned', share: '8' }, [], 0)).toEqual({ ok: true, value: { name: 'Coffee breaks', kind: 'planned', share: 0.08 } });
		expect(validateShrinkage({ name: 'Sickness', kind: 'unplanned', share: '4,5' }, [], 0)).toEqual({ ok: true, value: { name: 'Sickness', kind: 'unplanned', share: 0.045 } });
		expect(validateShrinkage({ name: 'None', kind: 'planned', share: '0' }, [], 0)).toMatchObject({ ok: true, value: { share: 0 } });
	});

	it('refuses a name already taken, whatever its case', () => {
		expect(validateShrinkage({ name: 'BREAKS', kind: 'planned', share: '5' }, ['Training', 'breaks'], 0)).toEqual({ ok: false, errors: [{ field: 'name', code: 'name_taken' }] });
		expect(validateShrinkage({ name: 'Breaks 2', kind: 'planned', share: '5' }, ['breaks'], 0).ok).toBe(true);
	});

	it('requires a name of at most 60 characters and a known kind', () => {
		expect(validateShrinkage({ name: ' ', kind: 'planned', share: '5' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'name', code: 'required' }] });
		expect(validateShrinkage({ name: 'x'.repeat(61), kind: 'planned', share: '5' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'name', code: 'too_long', params: { max: 60 } }] });
		expect(validateShrinkage({ name: 'x'.repeat(60), kind: 'planned', share: '5' }, [], 0).ok).toBe(true);
		for (const kind of ['', 'Planned', 'other', undefined]) expect(validateShrinkage({ name: 'Breaks', kind, share: '5' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'kind', code: 'kind' }] });
	});

	it('requires a share that is a number from 0 to 95%', () => {
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'share', code: 'required' }] });
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: 'ten' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'share', code: 'number' }] });
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '-1' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'share', code: 'range', params: { min: 0, max: 95 } }] });
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '96' }, [], 0)).toEqual({ ok: false, errors: [{ field: 'share', code: 'range', params: { min: 0, max: 95 } }] });
	});

	it('refuses a share that brings the total to 95% or more, naming the limit', () => {
		const total = { ok: false, errors: [{ field: 'share', code: 'total', params: { max: 95 } }] };
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '95' }, [], 0)).toEqual(total);
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '45' }, [], 0.5)).toEqual(total);
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '1' }, [], 0.94)).toEqual(total);
		expect(validateShrinkage({ name: 'B', kind: 'planned', share: '44.9' }, [], 0.5)).toMatchObject({ ok: true, value: { share: 0.449 } });
	});

	it('reports every problem at once', () => {
		const result = validateShrinkage({ name: '', kind: 'x', share: 'y' }, [], 0);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['name:required', 'kind:kind', 'share:number']);
	});
});

describe('validateQueueTargets', () => {
	it('turns empty fields into null (no target)', () => {
		expect(validateQueueTargets({})).toEqual({ ok: true, value: { asaSeconds: null, maxOccupancy: null, patienceSeconds: null } });
		expect(validateQueueTargets({ asa_seconds: ' ', max_occupancy: '', patience_seconds: '' })).toEqual({ ok: true, value: { asaSeconds: null, maxOccupancy: null, patienceSeconds: null } });
	});

	it('reads occupancy as a percentage and seconds as they are', () => {
		expect(validateQueueTargets({ asa_seconds: '30', max_occupancy: '85', patience_seconds: '120,5' })).toEqual({ ok: true, value: { asaSeconds: 30, maxOccupancy: 0.85, patienceSeconds: 120.5 } });
		expect(validateQueueTargets({ max_occupancy: '100' })).toMatchObject({ ok: true, value: { maxOccupancy: 1 } });
		expect(validateQueueTargets({ max_occupancy: '10' })).toMatchObject({ ok: true, value: { maxOccupancy: 0.1 } });
	});

	it('refuses values out of range or not numbers, per field', () => {
		expect(validateQueueTargets({ asa_seconds: '0' })).toEqual({ ok: false, errors: [{ field: 'asa_seconds', code: 'range', params: { min: 1, max: 86_400 } }] });
		expect(validateQueueTargets({ max_occupancy: '9' })).toEqual({ ok: false, errors: [{ field: 'max_occupancy', code: 'range', params: { min: 10, max: 100 } }] });
		expect(validateQueueTargets({ max_occupancy: '0.85' })).toEqual({ ok: false, errors: [{ field: 'max_occupancy', code: 'range', params: { min: 10, max: 100 } }] });
		expect(validateQueueTargets({ max_occupancy: '101' })).toEqual({ ok: false, errors: [{ field: 'max_occupancy', code: 'range', params: { min: 10, max: 100 } }] });
		expect(validateQueueTargets({ patience_seconds: '86401' })).toEqual({ ok: false, errors: [{ field: 'patience_seconds', code: 'range', params: { min: 1, max: 86_400 } }] });
		expect(validateQueueTargets({ asa_seconds: 'soon', patience_seconds: '-5' })).toEqual({
			ok: false,
			errors: [
				{ field: 'asa_seconds', code: 'number' },
				{ field: 'patience_seconds', code: 'range', params: { min: 1, max: 86_400 } }
			]
		});
	});
});

describe('validateSpecialDay', () => {
	it('accepts a day, the multiplier typed as a percentage (empty: none)', () => {
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'holiday', note: ' Christmas ', multiplier: '0' })).toEqual({ ok: true, value: { day: '2026-12-25', kind: 'holiday', note: 'Christmas', forecastMultiplier: 0 } });
		expect(validateSpecialDay({ day: '2026-05-01', kind: 'event', multiplier: '150' })).toEqual({ ok: true, value: { day: '2026-05-01', kind: 'event', note: '', forecastMultiplier: 1.5 } });
		expect(validateSpecialDay({ day: '2026-05-02', kind: 'outage', multiplier: '' })).toEqual({ ok: true, value: { day: '2026-05-02', kind: 'outage', note: '', forecastMultiplier: null } });
	});

	it('refuses a missing or impossible date', () => {
		expect(validateSpecialDay({ day: '', kind: 'holiday' })).toEqual({ ok: false, errors: [{ field: 'day', code: 'required' }] });
		for (const day of ['2026-02-30', '2026-13-01', '25.12.2026', '2026-1-5']) expect(validateSpecialDay({ day, kind: 'holiday' })).toEqual({ ok: false, errors: [{ field: 'day', code: 'date' }] });
	});

	it('refuses an unknown kind, a long note and a multiplier out of range', () => {
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'party' })).toEqual({ ok: false, errors: [{ field: 'kind', code: 'kind' }] });
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'holiday', note: 'x'.repeat(201) })).toEqual({ ok: false, errors: [{ field: 'note', code: 'too_long', params: { max: 200 } }] });
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'holiday', multiplier: '-10' })).toEqual({ ok: false, errors: [{ field: 'multiplier', code: 'range', params: { min: 0, max: 1000 } }] });
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'holiday', multiplier: '1001' })).toEqual({ ok: false, errors: [{ field: 'multiplier', code: 'range', params: { min: 0, max: 1000 } }] });
		expect(validateSpecialDay({ day: '2026-12-25', kind: 'holiday', multiplier: 'half' })).toEqual({ ok: false, errors: [{ field: 'multiplier', code: 'number' }] });
	});
});
