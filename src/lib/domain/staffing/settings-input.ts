// Validation of the staffing settings a supervisor types: shrinkage categories, queue targets,
// special days. Codes, not sentences; the page words them in the reader's language.
import { isCalendarDay } from '../time/calendar';

export type SettingsField = 'name' | 'kind' | 'share' | 'asa_seconds' | 'max_occupancy' | 'patience_seconds' | 'day' | 'multiplier' | 'note';
export type SettingsErrorCode = 'required' | 'too_long' | 'number' | 'range' | 'kind' | 'date' | 'name_taken' | 'total';
export interface SettingsError {
	field: SettingsField;
	code: SettingsErrorCode;
	params?: Record<string, string | number>;
}
type Result<T> = { ok: true; value: T } | { ok: false; errors: SettingsError[] };

/** A number within [min, max], from a percentage when `percent`; empty → null when optional. */
function readNumber(raw: string | undefined, field: SettingsField, min: number, max: number, errors: SettingsError[], optional: boolean): number | null {
	const text = (raw ?? '').trim().replace(',', '.');
	if (!text) {
		if (!optional) errors.push({ field, code: 'required' });
		return null;
	}
	const value = Number(text);
	if (!Number.isFinite(value)) errors.push({ field, code: 'number' });
	else if (value < min || value > max) errors.push({ field, code: 'range', params: { min, max } });
	return value;
}

/**
 * A shrinkage category, its share typed as a percentage. `otherTotal` is the sum of the other
 * categories' shares: the total must stay below 100% or no staffing could cover the work.
 */
export function validateShrinkage(raw: { name?: string; kind?: string; share?: string }, takenNames: readonly string[], otherTotal: number): Result<{ name: string; kind: 'planned' | 'unplanned'; share: number }> {
	const errors: SettingsError[] = [];
	const name = (raw.name ?? '').trim().replace(/\s+/g, ' ');
	if (!name) errors.push({ field: 'name', code: 'required' });
	else if (name.length > 60) errors.push({ field: 'name', code: 'too_long', params: { max: 60 } });
	else if (takenNames.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase())) errors.push({ field: 'name', code: 'name_taken' });
	const kind = (raw.kind ?? '').trim();
	if (kind !== 'planned' && kind !== 'unplanned') errors.push({ field: 'kind', code: 'kind' });
	const percent = readNumber(raw.share, 'share', 0, 95, errors, false);
	if (percent !== null && !errors.some((e) => e.field === 'share') && otherTotal + percent / 100 >= 0.95) errors.push({ field: 'share', code: 'total', params: { max: 95 } });
	return errors.length ? { ok: false, errors } : { ok: true, value: { name, kind: kind as 'planned' | 'unplanned', share: percent! / 100 } };
}

/** Targets beyond the service level; each optional. Occupancy is typed as a percentage. */
export function validateQueueTargets(raw: { asa_seconds?: string; max_occupancy?: string; patience_seconds?: string }): Result<{ asaSeconds: number | null; maxOccupancy: number | null; patienceSeconds: number | null }> {
	const errors: SettingsError[] = [];
	const asaSeconds = readNumber(raw.asa_seconds, 'asa_seconds', 1, 86_400, errors, true);
	const occupancy = readNumber(raw.max_occupancy, 'max_occupancy', 10, 100, errors, true);
	const patienceSeconds = readNumber(raw.patience_seconds, 'patience_seconds', 1, 86_400, errors, true);
	return errors.length ? { ok: false, errors } : { ok: true, value: { asaSeconds, maxOccupancy: occupancy === null ? null : occupancy / 100, patienceSeconds } };
}

export const specialDayKindChoices = ['holiday', 'outage', 'event'] as const;

/** A special day; the multiplier is typed as a percentage of a normal day's volume (empty: none). */
export function validateSpecialDay(raw: { day?: string; kind?: string; note?: string; multiplier?: string }): Result<{ day: string; kind: (typeof specialDayKindChoices)[number]; note: string; forecastMultiplier: number | null }> {
	const errors: SettingsError[] = [];
	const day = (raw.day ?? '').trim();
	if (!day) errors.push({ field: 'day', code: 'required' });
	else if (!isCalendarDay(day)) errors.push({ field: 'day', code: 'date' });
	const kind = (raw.kind ?? '').trim();
	if (!(specialDayKindChoices as readonly string[]).includes(kind)) errors.push({ field: 'kind', code: 'kind' });
	const note = (raw.note ?? '').trim();
	if (note.length > 200) errors.push({ field: 'note', code: 'too_long', params: { max: 200 } });
	const percent = readNumber(raw.multiplier, 'multiplier', 0, 1000, errors, true);
	return errors.length ? { ok: false, errors } : { ok: true, value: { day, kind: kind as (typeof specialDayKindChoices)[number], note, forecastMultiplier: percent === null ? null : percent / 100 } };
}
