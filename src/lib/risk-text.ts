// Turnover-risk feature names in the reader's language.
import { m } from '$lib/paraglide/messages';

export function featureLabel(feature: string): string {
	const labels: Record<string, () => string> = {
		overtime_share: m.feature_overtime_share,
		night_share: m.feature_night_share,
		weekend_share: m.feature_weekend_share,
		start_volatility_minutes: m.feature_start_volatility_minutes,
		max_consecutive_days: m.feature_max_consecutive_days,
		contacts_per_hour: m.feature_contacts_per_hour,
		qa_mean: m.feature_qa_mean,
		qa_trend: m.feature_qa_trend,
		csat_mean: m.feature_csat_mean,
		tenure_days: m.feature_tenure_days,
		time_off_denied_90d: m.feature_time_off_denied_90d,
		swaps_denied_90d: m.feature_swaps_denied_90d,
		days_since_coaching: m.feature_days_since_coaching,
		training_completions: m.feature_training_completions,
		preference_mismatch: m.feature_preference_mismatch,
		team_enps: m.feature_team_enps
	};
	return labels[feature.replace(/ \(missing\)$/, '')]?.() ?? feature;
}
