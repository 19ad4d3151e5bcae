// The supervisors' daily review: what moved yesterday against the same weekday of the four weeks
// before, and what else was different that day that may explain it. A move is notable when it is
// outside the range of those four days by more than a tolerance (a share of the baseline's
// spread, or of its mean when the four days were identical), so ordinary day-to-day noise stays
// quiet. Source of the comparison rule: a same-weekday baseline, the usual contact-center practice
// because volumes and mixes follow the week. Limits: four baseline days are few; a "may explain"
// is a coincidence in time, not a cause.

export interface DayMeasures {
	[measure: string]: number | null;
}

export interface Move {
	measure: string;
	value: number;
	baseline: number;
	low: number;
	high: number;
	change: number;
	notable: boolean;
}

/** Each measure of `day` against the same measure on the baseline days. */
export function compareDay(day: DayMeasures, baselineDays: readonly DayMeasures[], tolerance = 0.25): Move[] {
	const moves: Move[] = [];
	for (const [measure, value] of Object.entries(day)) {
		if (value === null) continue;
		const base = baselineDays.map((d) => d[measure]).filter((v): v is number => v !== null && v !== undefined);
		if (base.length < 2) continue;
		const mean = base.reduce((s, v) => s + v, 0) / base.length;
		const low = Math.min(...base);
		const high = Math.max(...base);
		const slack = tolerance * (high - low || Math.abs(mean) * 0.05);
		moves.push({ measure, value, baseline: mean, low, high, change: value - mean, notable: value > high + slack || value < low - slack });
	}
	return moves.sort((a, b) => Number(b.notable) - Number(a.notable) || Math.abs(b.change / (b.baseline || 1)) - Math.abs(a.change / (a.baseline || 1)));
}
