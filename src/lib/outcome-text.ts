// Outcome measures, levers and tenure bands in the reader's language, and how each measure is shown.
import { m } from '$lib/paraglide/messages';
import { formatNumber, formatPercent } from '$lib/i18n';

export const measureLabels = [
	['csat', m.outcome_csat],
	['fcr', m.outcome_fcr],
	['firstReplySeconds', m.outcome_first_reply],
	['resolutionSeconds', m.outcome_resolution],
	['customerEffort', m.outcome_effort],
	['handleSeconds', m.outcome_handle],
	['qaScore', m.outcome_qa]
] as const;

const contextMeasures: Record<string, () => string> = { agents: m.measure_agents, overtimeShare: m.measure_overtime, contacts: m.measure_contacts };

export function measureLabel(key: string): string {
	return measureLabels.find(([k]) => k === key)?.[1]() ?? contextMeasures[key]?.() ?? key;
}

/** Shares as percentages, resolution time in hours, effort with two decimals, the rest whole. */
export function showMeasure(key: string, value: number | null | undefined, locale: string): string {
	if (value === null || value === undefined) return '—';
	if (key === 'csat' || key === 'fcr' || key === 'overtimeShare') return formatPercent(value, locale, 1);
	if (key === 'resolutionSeconds') return formatNumber(value / 3600, locale, { maximumFractionDigits: 1 });
	return formatNumber(value, locale, { maximumFractionDigits: key === 'customerEffort' ? 2 : 0 });
}

/** A measure on a chart's axis, in the unit the tables show: shares in percent, resolution in hours. */
export function chartValue(key: string, value: number | null | undefined): number | null {
	if (value === null || value === undefined) return null;
	return key === 'csat' || key === 'fcr' ? value * 100 : key === 'resolutionSeconds' ? value / 3600 : value;
}

/** A measure against its target in words: met, missed, no target set, or — when there was no figure to judge. */
export function targetStatus(met: boolean | null | undefined, target: number | undefined): string {
	return met === true ? m.kpi_met() : met === false ? m.kpi_missed() : target === undefined ? m.kpi_no_target() : '—';
}

export function leverLabel(key: string): string {
	return ({ flexibility: m.lever_flexibility, autonomy: m.lever_autonomy, training: m.lever_training, staffing: m.lever_staffing, engagement: m.lever_engagement, turnover: m.lever_turnover } as Record<string, () => string>)[key]?.() ?? key;
}

export function leverOutcomeLabel(key: string): string {
	return key === 'csat' ? m.levers_outcome_csat() : m.levers_outcome_fcr();
}

export function signedNumber(value: number, locale: string, digits = 1): string {
	return `${value > 0 ? '+' : ''}${formatNumber(value, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })}`;
}

export function tenureBandLabel(key: string): string {
	return ({ under_90d: m.tenure_under_90d, '90d_1y': m.tenure_90d_1y, '1y_2y': m.tenure_1y_2y, over_2y: m.tenure_over_2y } as Record<string, () => string>)[key]?.() ?? key;
}
