// Outcome targets as people type them, checked field by field: CSAT and first contact resolution
// in percent, first reply and handle time in seconds, resolution time in hours, customer effort on
// CES 2.0's 1-7 and QA on 0-100. Stored in the measures' own units (shares, seconds). A blank
// field means "no target". Limits: one target per measure for the whole organization.
import { outcomeMeasures, type OutcomeMeasure } from './measures';

export interface TargetFieldError {
	field: OutcomeMeasure;
	code: 'number' | 'range';
	params?: { min: number; max: number };
}

/** The unit a person types for each measure: the range allowed and the factor to the stored unit. */
export const targetEntry: Record<OutcomeMeasure, { min: number; max: number; toStored: number }> = {
	csat: { min: 0, max: 100, toStored: 0.01 },
	fcr: { min: 0, max: 100, toStored: 0.01 },
	firstReplySeconds: { min: 0, max: 7 * 24 * 3600, toStored: 1 },
	resolutionSeconds: { min: 0, max: 90 * 24, toStored: 3600 },
	customerEffort: { min: 1, max: 7, toStored: 1 },
	handleSeconds: { min: 0, max: 24 * 3600, toStored: 1 },
	qaScore: { min: 0, max: 100, toStored: 1 }
};

/** A stored target shown in the unit people type, rounded to what they'd write. */
export function targetForEntry(measure: OutcomeMeasure, stored: number | undefined): string {
	if (stored === undefined) return '';
	return String(Math.round((stored / targetEntry[measure].toStored) * 1000) / 1000);
}

export function parseTargets(raw: Partial<Record<string, string | null>>): { ok: true; value: Partial<Record<OutcomeMeasure, number>> } | { ok: false; errors: TargetFieldError[] } {
	const errors: TargetFieldError[] = [];
	const value: Partial<Record<OutcomeMeasure, number>> = {};
	for (const measure of outcomeMeasures) {
		const text = (raw[measure] ?? '').trim().replace(',', '.');
		if (text === '') continue;
		const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
		const { min, max, toStored } = targetEntry[measure];
		if (!Number.isFinite(n)) errors.push({ field: measure, code: 'number' });
		else if (n < min || n > max) errors.push({ field: measure, code: 'range', params: { min, max } });
		else value[measure] = Math.round(n * toStored * 1e6) / 1e6;
	}
	return errors.length ? { ok: false, errors } : { ok: true, value };
}
