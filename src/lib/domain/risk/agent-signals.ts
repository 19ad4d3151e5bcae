// Turnover-risk signals of one agent at one moment, from what Tend already records about their
// work in the 8 weeks before it: overtime, nights, weekends, how much their start time moves
// (schedule volatility), the longest run of consecutive days, contacts per hour worked, QA level
// and trend, CSAT, and tenure. Source: agent-day outcomes. The same function builds the training
// rows (snapshots in the past, each labelled by a voluntary exit in the 90 days after) and the
// rows scored today, so training and scoring see the same features.
// Also, from Tend's own records with their dates: time off and swaps denied in the 90 days
// before, days since the last coaching, training modules completed, how far schedules missed the
// agent's wishes, and their team's eNPS from the last closed survey wave, only where the
// anonymity plan released that team (never the person's own answer).
// Limits: no protected attribute (age, gender, nationality, marital status) is ever a feature. A
// signal with no variation in the history (e.g. nothing recorded before Tend was adopted) is
// dropped by the encoder, so it weighs nothing until the history holds it.

export interface DaySignal {
	day: string;
	workedMinutes: number;
	overtimeMinutes: number;
	/** Local start of the shift, minutes after midnight. */
	shiftStartMinute: number;
	contacts: number;
	qaScore: number | null;
	csat: number | null;
}

export const signalFeatures = ['overtime_share', 'night_share', 'weekend_share', 'start_volatility_minutes', 'max_consecutive_days', 'contacts_per_hour', 'qa_mean', 'qa_trend', 'csat_mean', 'tenure_days', 'time_off_denied_90d', 'swaps_denied_90d', 'days_since_coaching', 'training_completions', 'preference_mismatch', 'team_enps'] as const;
export type SignalFeature = (typeof signalFeatures)[number];

export const signalWindowDays = 56;
export const exitHorizonDays = 90;

const mean = (v: number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : null);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** Dated records of one agent (instants in ms; weeks as their Monday). */
export interface AgentEvents {
	timeOffDenied: readonly number[];
	swapsDenied: readonly number[];
	coaching: readonly number[];
	completions: readonly number[];
	/** Share of the agent's wishes the schedule honoured, per week. */
	preferencesHonoured: readonly { weekStart: string; share: number }[];
}

export const noEvents: AgentEvents = { timeOffDenied: [], swapsDenied: [], coaching: [], completions: [], preferencesHonoured: [] };

/** Features of an agent from the worked days and records before `at` (exclusive). */
export function agentSignals(days: readonly DaySignal[], at: string, tenureDays: number, events: AgentEvents = noEvents, teamEnps: number | null = null): Record<SignalFeature, number | null> {
	const end = dayNumber(at);
	const inWindow = days.filter((d) => dayNumber(d.day) < end && dayNumber(d.day) >= end - signalWindowDays && d.workedMinutes > 0).sort((a, b) => (a.day < b.day ? -1 : 1));
	const worked = inWindow.reduce((s, d) => s + d.workedMinutes, 0);
	const starts = inWindow.map((d) => d.shiftStartMinute);
	const startMean = mean(starts);
	let run = 0;
	let longest = 0;
	let previous: number | null = null;
	for (const d of inWindow) {
		const n = dayNumber(d.day);
		run = previous !== null && n === previous + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = n;
	}
	const qa = (from: number, to: number) => mean(inWindow.filter((d) => d.qaScore !== null && dayNumber(d.day) >= end - from && dayNumber(d.day) < end - to).map((d) => d.qaScore!));
	const atMs = end * 86_400_000;
	const lastCoaching = events.coaching.filter((t) => t < atMs).reduce<number | null>((m, t) => (m === null || t > m ? t : m), null);
	const honoured = mean(events.preferencesHonoured.filter((w) => dayNumber(w.weekStart) < end && dayNumber(w.weekStart) >= end - signalWindowDays).map((w) => w.share));
	const recentQa = qa(28, 0);
	const priorQa = qa(56, 28);
	return {
		overtime_share: worked ? inWindow.reduce((s, d) => s + d.overtimeMinutes, 0) / worked : null,
		night_share: inWindow.length ? inWindow.filter((d) => d.shiftStartMinute >= 20 * 60 || d.shiftStartMinute < 6 * 60).length / inWindow.length : null,
		weekend_share: inWindow.length ? inWindow.filter((d) => [0, 6].includes(weekday(d.day))).length / inWindow.length : null,
		start_volatility_minutes: startMean === null ? null : Math.sqrt(mean(starts.map((s) => (s - startMean) ** 2))!),
		max_consecutive_days: inWindow.length ? longest : null,
		contacts_per_hour: worked ? inWindow.reduce((s, d) => s + d.contacts, 0) / (worked / 60) : null,
		qa_mean: mean(inWindow.filter((d) => d.qaScore !== null).map((d) => d.qaScore!)),
		qa_trend: recentQa !== null && priorQa !== null ? recentQa - priorQa : null,
		csat_mean: mean(inWindow.filter((d) => d.csat !== null).map((d) => d.csat!)),
		tenure_days: tenureDays,
		time_off_denied_90d: events.timeOffDenied.filter((t) => t < atMs && t >= atMs - 90 * 86_400_000).length,
		swaps_denied_90d: events.swapsDenied.filter((t) => t < atMs && t >= atMs - 90 * 86_400_000).length,
		days_since_coaching: lastCoaching === null ? null : Math.floor((atMs - lastCoaching) / 86_400_000),
		training_completions: events.completions.filter((t) => t < atMs).length,
		preference_mismatch: honoured === null ? null : 1 - honoured,
		team_enps: teamEnps
	};
}
