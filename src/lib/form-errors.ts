// Turns validation codes from the domain into sentences in the reader's language.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { messageValue } from '$lib/i18n';
import type { FieldErrorCode } from '$lib/domain/people/person-input';
import type { OrgErrorCode } from '$lib/domain/org/org-input';
import type { HistoryErrorCode } from '$lib/domain/history/history-import';
import type { SettingsErrorCode } from '$lib/domain/staffing/settings-input';
import type { AvailabilityErrorCode } from '$lib/domain/schedule/availability-input';
import type { TimeOffErrorCode } from '$lib/domain/schedule/time-off';

export type ErrorCode = FieldErrorCode | OrgErrorCode;

/** A placeholder's value in the reader's digits. */
const v = (value: string | number | undefined) => messageValue(value, getLocale());

export function errorMessage(code: ErrorCode, params: Record<string, string | number> = {}): string {
	switch (code) {
		case 'required': return m.err_required();
		case 'too_long': return m.err_too_long({ max: v(params.max) });
		case 'email': return m.err_email();
		case 'email_taken': return m.err_email_taken();
		case 'email_duplicate_row': return m.err_email_duplicate_row({ row: v(params.row) });
		case 'date': return m.err_date();
		case 'date_future': return m.err_date_future();
		case 'number': return m.err_number();
		case 'range': return m.err_range({ min: v(params.min), max: v(params.max) });
		case 'hours_order': return m.err_hours_order();
		case 'role': return m.err_role();
		case 'status': return m.err_status();
		case 'channel': return m.err_channel();
		case 'team_unknown': return m.err_team_unknown();
		case 'site_unknown': return m.err_site_unknown();
		case 'team_site': return m.err_team_site();
		case 'skill_unknown': return m.err_skill_unknown({ name: v(params.name) });
		case 'time_zone': return m.err_time_zone();
		case 'name_taken': return m.err_name_taken();
		case 'supervisor_role': return m.err_supervisor_role({ name: v(params.name) });
	}
}

/** The first message for each field, for showing beside inputs. */
export function fieldMessages(errors: readonly { field: string; code: ErrorCode; params?: Record<string, string | number> }[] | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const error of errors ?? []) out[error.field] ??= errorMessage(error.code, error.params);
	return out;
}

export function historyErrorMessage(code: HistoryErrorCode, params: Record<string, string | number> = {}): string {
	switch (code) {
		case 'required': return m.err_required();
		case 'instant': return m.err_instant();
		case 'aligned': return m.err_aligned({ minutes: v(params.minutes) });
		case 'queue_unknown': return m.err_queue_unknown({ name: v(params.name) });
		case 'count': return m.err_count();
		case 'counts_exceed': return m.err_counts_exceed();
		case 'aht': return m.err_aht();
		case 'duplicate_row': return m.err_duplicate_row({ row: v(params.row) });
	}
}

export function settingsErrorMessage(code: SettingsErrorCode, params: Record<string, string | number> = {}): string {
	switch (code) {
		case 'required': return m.err_required();
		case 'too_long': return m.err_too_long({ max: v(params.max) });
		case 'number': return m.err_number();
		case 'range': return m.err_range({ min: v(params.min), max: v(params.max) });
		case 'kind': return m.err_choice();
		case 'date': return m.err_date();
		case 'name_taken': return m.err_name_taken();
		case 'total': return m.err_shrinkage_total({ max: v(params.max) });
	}
}

export function settingsFieldMessages(errors: readonly { field: string; code: SettingsErrorCode; params?: Record<string, string | number> }[] | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const error of errors ?? []) out[error.field] ??= settingsErrorMessage(error.code, error.params);
	return out;
}

export function availabilityErrorMessage(code: AvailabilityErrorCode, params: Record<string, string | number> = {}): string {
	switch (code) {
		case 'time': return m.err_time();
		case 'order': return m.err_time_order();
		case 'date': return m.err_date();
		case 'required': return m.err_required();
		case 'kind': return m.err_choice();
		case 'weekday': return m.err_choice();
		case 'range': return params.max === undefined ? m.err_day_past() : m.err_range({ min: v(params.min), max: v(params.max) });
		case 'short': return m.err_window_short({ hours: v(params.hours) });
	}
}

export function timeOffErrorMessage(code: TimeOffErrorCode, params: Record<string, number> = {}): string {
	switch (code) {
		case 'date': return m.err_date();
		case 'past': return m.err_day_past();
		case 'order': return m.err_time_order();
		case 'too_long': return m.time_off_too_long({ max: v(params.max ?? 31) });
		case 'reason': return m.err_too_long({ max: 300 });
	}
}
