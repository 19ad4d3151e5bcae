// The outcome measures the research reports, in the units Tend stores them (shares 0-1, seconds,
// CES 2.0 1-7 where higher is easier, QA 0-100), which way is better for each, and whether a value
// meets its target. Limits: a target is met at equality; no tolerance band.

export const outcomeMeasures = ['csat', 'fcr', 'firstReplySeconds', 'resolutionSeconds', 'customerEffort', 'handleSeconds', 'qaScore'] as const;
export type OutcomeMeasure = (typeof outcomeMeasures)[number];

const lowerIsBetter: ReadonlySet<OutcomeMeasure> = new Set(['firstReplySeconds', 'resolutionSeconds', 'handleSeconds']);

export function higherIsBetter(measure: OutcomeMeasure): boolean {
	return !lowerIsBetter.has(measure);
}

export function isOutcomeMeasure(value: unknown): value is OutcomeMeasure {
	return typeof value === 'string' && (outcomeMeasures as readonly string[]).includes(value);
}

/** True when `value` is at or on the better side of `target`; null without both. */
export function meetsTarget(measure: OutcomeMeasure, value: number | null, target: number | null | undefined): boolean | null {
	if (value === null || target === null || target === undefined) return null;
	return higherIsBetter(measure) ? value >= target : value <= target;
}

/** How far `value` is from `target` on the better-is-positive scale (same unit as the measure). */
export function gapToTarget(measure: OutcomeMeasure, value: number, target: number): number {
	return higherIsBetter(measure) ? value - target : target - value;
}
