// One place that turns stored codes into words in the current language.
import { m } from '$lib/paraglide/messages';
import { formatDay, numberFormat } from '$lib/i18n';
import type { Channel, EmploymentStatus, Role } from '$lib/server/db/schema/org';
import type { ExitType } from '$lib/server/db/schema/history';

export function roleLabel(role: Role): string {
	return { agent: m.role_agent, supervisor: m.role_supervisor, hr: m.role_hr, admin: m.role_admin }[role]();
}

export function statusLabel(status: EmploymentStatus): string {
	return { active: m.status_active, leave: m.status_leave, exited: m.status_exited }[status]();
}

export function channelLabel(channel: Channel): string {
	return { voice: m.channel_voice, chat: m.channel_chat, email: m.channel_email, other: m.channel_other }[channel]();
}

export function exitTypeLabel(type: ExitType): string {
	return { voluntary: m.exit_voluntary, involuntary: m.exit_involuntary }[type]();
}

/** Tenure in days under a year, else in years with one decimal (reads right in every language, plural-free). */
export function tenureLabel(days: number, locale: string): string {
	return days >= 365
		? m.tenure_years({ years: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days / 365.25) })
		: m.tenure_days({ days: numberFormat(locale).format(days) });
}

export function forecastMethodLabel(method: string): string {
	const labels: Record<string, () => string> = {
		seasonal_naive: m.method_seasonal_naive,
		daily_seasonal_naive: m.method_daily_seasonal_naive,
		holt_winters_profile: m.method_holt_winters_profile,
		calendar_profile: m.method_calendar_profile,
		fourier_regression: m.method_fourier_regression,
		ensemble: m.method_ensemble
	};
	return labels[method]?.() ?? method;
}

export function specialDayKindLabel(kind: string): string {
	return ({ holiday: m.special_day_holiday, outage: m.special_day_outage, event: m.special_day_event } as Record<string, () => string>)[kind]?.() ?? kind;
}

/** A clash or broken rule in words, with the smallest relaxation that would remove it. */
export function ruleViolationText(f: { agentName: string; rule: string; when: string; amount: number }, locale: string): string {
	const hours = numberFormat(locale, { maximumFractionDigits: 1 }).format(f.amount / 60);
	const n = numberFormat(locale).format(f.amount);
	const week = formatDay(f.when, locale);
	switch (f.rule) {
		case 'weekly_hours_min': return m.clash_hours_min({ name: f.agentName, week, hours });
		case 'weekly_hours_max': return m.clash_hours_max({ name: f.agentName, week, hours });
		case 'rest': return m.clash_rest({ name: f.agentName, day: week, hours });
		case 'consecutive_days': return m.clash_consecutive({ name: f.agentName, day: week, days: n });
		case 'weekends': return m.clash_weekends({ name: f.agentName, week, count: n });
		case 'availability':
		case 'one_per_day': return `${f.agentName}: ${planViolationText(f, locale)}`;
		default: return m.clash_no_availability({ name: f.agentName });
	}
}

/** A clash found before solving, with each other single relaxation that would remove it. */
export function clashText(f: { agentName: string; rule: string; when: string; amount: number; relaxations?: { rule: string; amount: number }[] }, locale: string): string {
	if (f.rule === 'weekends') return m.clash_weekends_needed({ name: f.agentName, week: formatDay(f.when, locale), count: numberFormat(locale).format(f.amount) });
	const others = (f.relaxations ?? []).map((r) =>
		r.rule === 'rest'
			? m.clash_or_rest({ hours: numberFormat(locale, { maximumFractionDigits: 1 }).format(r.amount / 60) })
			: r.rule === 'consecutive_days'
				? m.clash_or_consecutive({ days: numberFormat(locale).format(r.amount) })
				: m.clash_or_weekend()
	);
	return [ruleViolationText(f, locale), ...others].join(' ');
}

/** A rule a swap or hand edit would break, in words. */
export function planViolationText(v: { rule: string; when: string; amount: number }, locale: string): string {
	const when = formatDay(v.when, locale);
	const hours = numberFormat(locale, { maximumFractionDigits: 1 }).format(v.amount / 60);
	const n = numberFormat(locale).format(v.amount);
	switch (v.rule) {
		case 'availability': return m.rule_availability({ day: when });
		case 'one_per_day': return m.rule_one_per_day({ day: when });
		case 'shift_length': return m.rule_shift_length({ day: when, hours });
		case 'rest': return m.rule_rest({ day: when, hours });
		case 'consecutive_days': return m.rule_consecutive({ day: when, days: n });
		case 'weekly_hours_min': return m.rule_hours_min({ week: when, hours });
		case 'weekly_hours_max': return m.rule_hours_max({ week: when, hours });
		default: return m.rule_weekends({ week: when, count: n });
	}
}
