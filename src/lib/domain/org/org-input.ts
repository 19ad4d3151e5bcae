// Validation of sites, teams and queues as an admin types them. Codes, not sentences.
import { isTimeZone } from '../time/calendar';

export type OrgField = 'name' | 'time_zone' | 'site' | 'supervisors' | 'channel' | 'sl_target' | 'sl_seconds' | 'concurrency';
export type OrgErrorCode = 'required' | 'too_long' | 'time_zone' | 'name_taken' | 'site_unknown' | 'supervisor_role' | 'channel' | 'number' | 'range';
export interface OrgFieldError {
	field: OrgField;
	code: OrgErrorCode;
	params?: Record<string, string | number>;
}
type Result<T> = { ok: true; value: T } | { ok: false; errors: OrgFieldError[] };

export const queueChannels = ['voice', 'chat', 'email', 'other'] as const;

function checkName(raw: string | undefined, taken: readonly string[], errors: OrgFieldError[]): string {
	const name = (raw ?? '').trim().replace(/\s+/g, ' ');
	if (!name) errors.push({ field: 'name', code: 'required' });
	else if (name.length > 80) errors.push({ field: 'name', code: 'too_long', params: { max: 80 } });
	else if (taken.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase())) errors.push({ field: 'name', code: 'name_taken' });
	return name;
}

function checkTimeZone(raw: string | undefined, errors: OrgFieldError[]): string {
	const timeZone = (raw ?? '').trim();
	if (!timeZone) errors.push({ field: 'time_zone', code: 'required' });
	else if (!isTimeZone(timeZone)) errors.push({ field: 'time_zone', code: 'time_zone' });
	return timeZone;
}

function checkNumber(raw: string | undefined, field: OrgField, min: number, max: number, errors: OrgFieldError[], integer = false): number {
	const text = (raw ?? '').trim().replace(',', '.');
	if (!text) {
		errors.push({ field, code: 'required' });
		return NaN;
	}
	const value = Number(text);
	if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) errors.push({ field, code: 'number' });
	else if (value < min || value > max) errors.push({ field, code: 'range', params: { min, max } });
	return value;
}

/** `takenNames`: names of the other sites in the organization. */
export function validateSite(raw: { name?: string; time_zone?: string }, takenNames: readonly string[]): Result<{ name: string; timeZone: string }> {
	const errors: OrgFieldError[] = [];
	const name = checkName(raw.name, takenNames, errors);
	const timeZone = checkTimeZone(raw.time_zone, errors);
	return errors.length ? { ok: false, errors } : { ok: true, value: { name, timeZone } };
}

export function validateTeam(
	raw: { name?: string; site?: string; supervisors?: string[] },
	lookups: { takenNames: readonly string[]; siteIds: readonly number[]; supervisors: readonly { id: number; name: string; role: string }[] }
): Result<{ name: string; siteId: number; supervisorIds: number[] }> {
	const errors: OrgFieldError[] = [];
	const name = checkName(raw.name, lookups.takenNames, errors);
	const siteId = Number(raw.site);
	if (!raw.site) errors.push({ field: 'site', code: 'required' });
	else if (!lookups.siteIds.includes(siteId)) errors.push({ field: 'site', code: 'site_unknown' });
	const supervisorIds: number[] = [];
	for (const ref of raw.supervisors ?? []) {
		const person = lookups.supervisors.find((p) => String(p.id) === ref);
		if (!person || person.role !== 'supervisor') errors.push({ field: 'supervisors', code: 'supervisor_role', params: { name: person?.name ?? ref } });
		else if (!supervisorIds.includes(person.id)) supervisorIds.push(person.id);
	}
	return errors.length ? { ok: false, errors } : { ok: true, value: { name, siteId, supervisorIds } };
}

export function validateQueue(
	raw: { name?: string; channel?: string; time_zone?: string; sl_target?: string; sl_seconds?: string; concurrency?: string },
	takenNames: readonly string[]
): Result<{ name: string; channel: (typeof queueChannels)[number]; timeZone: string; serviceLevelTarget: number; serviceLevelSeconds: number; concurrency: number }> {
	const errors: OrgFieldError[] = [];
	const name = checkName(raw.name, takenNames, errors);
	const timeZone = checkTimeZone(raw.time_zone, errors);
	const channel = (raw.channel ?? '').trim();
	if (!(queueChannels as readonly string[]).includes(channel)) errors.push({ field: 'channel', code: 'channel' });
	// The form asks for a percentage; the table stores a share.
	const percent = checkNumber(raw.sl_target, 'sl_target', 1, 100, errors);
	const seconds = checkNumber(raw.sl_seconds, 'sl_seconds', 1, 7 * 24 * 3600, errors, true);
	const concurrency = raw.concurrency?.trim() ? checkNumber(raw.concurrency, 'concurrency', 1, 10, errors, true) : 1;
	return errors.length
		? { ok: false, errors }
		: { ok: true, value: { name, channel: channel as (typeof queueChannels)[number], timeZone, serviceLevelTarget: percent / 100, serviceLevelSeconds: seconds, concurrency } };
}
