// Validation of one person's fields, shared by the admin form and the CSV import so both
// refuse the same things with the same words. Returns codes, not sentences: the page turns
// them into the reader's language. Pure: lookups and today come in as parameters.
import { isCalendarDay } from '../time/calendar';
import { addDays } from './turnover';

export const personRoles = ['agent', 'supervisor', 'hr', 'admin'] as const;
export const personStatuses = ['active', 'leave', 'exited'] as const;

export type PersonField = 'name' | 'email' | 'role' | 'team' | 'site' | 'hire_date' | 'employment_status' | 'contract_hours_min' | 'contract_hours_max' | 'skills';

export type FieldErrorCode =
	| 'required'
	| 'too_long'
	| 'email'
	| 'email_taken'
	| 'email_duplicate_row'
	| 'date'
	| 'date_future'
	| 'number'
	| 'range'
	| 'hours_order'
	| 'role'
	| 'status'
	| 'team_unknown'
	| 'site_unknown'
	| 'team_site'
	| 'skill_unknown';

export interface FieldError {
	field: PersonField;
	code: FieldErrorCode;
	params?: Record<string, string | number>;
}

export interface PersonInputRaw {
	name?: string;
	email?: string;
	role?: string;
	team?: string;
	site?: string;
	hire_date?: string;
	employment_status?: string;
	contract_hours_min?: string;
	contract_hours_max?: string;
	/** Queue references: ids from the form, names from CSV. */
	skills?: string[];
}

export interface PersonLookups {
	/** How team, site and skill references are written: ids (form) or names (CSV). */
	refs: 'id' | 'name';
	teams: readonly { id: number; name: string; siteId: number }[];
	sites: readonly { id: number; name: string }[];
	queues: readonly { id: number; name: string }[];
	/** Email (normalised) → id of the person who has it. */
	emails: ReadonlyMap<string, number>;
	today: string;
}

export interface PersonInput {
	name: string;
	email: string;
	role: (typeof personRoles)[number];
	teamId: number | null;
	siteId: number | null;
	hireDate: string;
	employmentStatus: (typeof personStatuses)[number];
	contractHoursMin: number;
	contractHoursMax: number;
	skills: number[];
}

// Deliberately simple: one @, no spaces, a dot in the domain. The invitation proves the rest.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const maxHours = 80;

function find<T extends { id: number; name: string }>(items: readonly T[], ref: string, refs: 'id' | 'name'): T | undefined {
	if (refs === 'id') return items.find((item) => String(item.id) === ref);
	const key = ref.toLocaleLowerCase();
	return items.find((item) => item.name.toLocaleLowerCase() === key);
}

function parseHours(value: string | undefined, fallback: number, field: PersonField, errors: FieldError[]): number {
	const text = (value ?? '').trim();
	if (!text) return fallback;
	const hours = Number(text.replace(',', '.'));
	if (!Number.isFinite(hours)) {
		errors.push({ field, code: 'number' });
		return fallback;
	}
	if (hours < 0 || hours > maxHours) errors.push({ field, code: 'range', params: { min: 0, max: maxHours } });
	return hours;
}

/** Validates one person; `selfId` is the person being edited, whose own email is not "taken". */
export function validatePersonInput(raw: PersonInputRaw, lookups: PersonLookups, selfId?: number): { ok: true; value: PersonInput } | { ok: false; errors: FieldError[] } {
	const errors: FieldError[] = [];
	const name = (raw.name ?? '').trim().replace(/\s+/g, ' ');
	if (!name) errors.push({ field: 'name', code: 'required' });
	else if (name.length > 120) errors.push({ field: 'name', code: 'too_long', params: { max: 120 } });

	const email = (raw.email ?? '').trim().toLowerCase();
	if (!email) errors.push({ field: 'email', code: 'required' });
	else if (email.length > 254) errors.push({ field: 'email', code: 'too_long', params: { max: 254 } });
	else if (!emailPattern.test(email)) errors.push({ field: 'email', code: 'email' });
	else {
		const owner = lookups.emails.get(email);
		if (owner !== undefined && owner !== selfId) errors.push({ field: 'email', code: 'email_taken' });
	}

	const role = (raw.role ?? '').trim().toLowerCase();
	if (!role) errors.push({ field: 'role', code: 'required' });
	else if (!(personRoles as readonly string[]).includes(role)) errors.push({ field: 'role', code: 'role' });

	const status = (raw.employment_status ?? '').trim().toLowerCase() || 'active';
	if (!(personStatuses as readonly string[]).includes(status)) errors.push({ field: 'employment_status', code: 'status' });

	const teamRef = (raw.team ?? '').trim();
	const team = teamRef ? find(lookups.teams, teamRef, lookups.refs) : undefined;
	if (teamRef && !team) errors.push({ field: 'team', code: 'team_unknown' });

	const siteRef = (raw.site ?? '').trim();
	const site = siteRef ? find(lookups.sites, siteRef, lookups.refs) : undefined;
	if (siteRef && !site) errors.push({ field: 'site', code: 'site_unknown' });
	if (team && site && team.siteId !== site.id) errors.push({ field: 'team', code: 'team_site' });

	const hireDate = (raw.hire_date ?? '').trim();
	if (!hireDate) errors.push({ field: 'hire_date', code: 'required' });
	else if (!isCalendarDay(hireDate)) errors.push({ field: 'hire_date', code: 'date' });
	// People are often added before their first day, but not years ahead (a typo in the year).
	else if (hireDate > addDays(lookups.today, 366)) errors.push({ field: 'hire_date', code: 'date_future' });

	const before = errors.length;
	const contractHoursMin = parseHours(raw.contract_hours_min, 0, 'contract_hours_min', errors);
	const contractHoursMax = parseHours(raw.contract_hours_max, 40, 'contract_hours_max', errors);
	if (errors.length === before && contractHoursMin > contractHoursMax) errors.push({ field: 'contract_hours_min', code: 'hours_order' });

	const skills: number[] = [];
	for (const ref of raw.skills ?? []) {
		const text = ref.trim();
		if (!text) continue;
		const queue = find(lookups.queues, text, lookups.refs);
		if (!queue) errors.push({ field: 'skills', code: 'skill_unknown', params: { name: text } });
		else if (!skills.includes(queue.id)) skills.push(queue.id);
	}

	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			name,
			email,
			role: role as PersonInput['role'],
			// A team implies its site, so the site may be left out.
			teamId: team?.id ?? null,
			siteId: site?.id ?? team?.siteId ?? null,
			hireDate,
			employmentStatus: status as PersonInput['employmentStatus'],
			contractHoursMin,
			contractHoursMax,
			skills: skills.sort((a, b) => a - b)
		}
	};
}
