// Turnover-risk signals of one agent at one moment, from what Tend already records about their
// work in the 8 weeks before it: overtime, nights, weekends, how much their start time moves
// (schedule volatility), the longest run of consecutive days, contacts per hour worked, QA level
// and trend, CSAT, and tenure. Source: agent-day outcomes. The same function builds the training
// rows (snapshots in the past, each labelled by a voluntary exit in the 90 days after) and the
// rows scored today, so training and scoring see the same features.
// Limits: no protected attribute (age, gender, nationality, marital status) is ever a feature;
// signals Tend only started recording recently (time off and swaps denied, coaching, training,
// team engagement) are shown beside the score but not in the model until enough history exists.

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

export const signalFeatures = ['overtime_share', 'night_share', 'weekend_share', 'start_volatility_minutes', 'max_consecutive_days', 'contacts_per_hour', 'qa_mean', 'qa_trend', 'csat_mean', 'tenure_days'] as const;
export type SignalFeature = (typeof signalFeatures)[number];

export const signalWindowDays = 56;
export const exitHorizonDays = 90;

const mean = (v: number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : null);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** Features of an agent from the worked days in the window before `at` (exclusive). */
export function agentSignals(days: readonly DaySignal[], at: string, tenureDays: number): Record<SignalFeature, number | null> {
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
		tenure_days: tenureDays
	};
}
