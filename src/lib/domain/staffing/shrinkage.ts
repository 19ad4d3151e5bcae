// Shrinkage: the share of paid time agents are not available for contacts (glossary), split into
// planned categories (breaks, training, coaching, meetings, ...) and unplanned ones (sickness,
// absence, ...). required (net) agents → scheduled (gross) = ceil(required / (1 − shrinkage)).
// Combination: ADDITIVE, total = Σ s_i. Each category is measured as a share of the same base,
// paid hours (that is how WFM reports and HR systems record it: "breaks are 8% of paid time"),
// and the categories are disjoint slices of that time, so their shares add. The multiplicative
// form 1 − Π(1 − s_i) is right only when each share is measured on the time left after the
// previous ones; applied to paid-time shares it understates shrinkage (8% + 10% becomes 17.2%,
// i.e. under-staffing). If your figures are sequential, convert them before passing them in.
// Limits: one shrinkage for the whole interval (real shrinkage varies by hour: breaks cluster at
// midday, training in quiet hours); the total must stay below 1 (100% shrinkage schedules nobody
// productively, whatever the headcount).
import { StaffingError } from './errors';

export interface ShrinkageCategories {
	/** known in advance: breaks, training, coaching, meetings, ... (shares of paid time, 0..1) */
	planned?: Record<string, number>;
	/** not known in advance: sickness, absence, lateness, ... (shares of paid time, 0..1) */
	unplanned?: Record<string, number>;
}

/** Total shrinkage, additive over categories; throws unless every share is in [0, 1) and the total < 1. */
export function totalShrinkage(shrinkage: number | ShrinkageCategories): number {
	if (typeof shrinkage === 'number') {
		if (!Number.isFinite(shrinkage) || shrinkage < 0 || shrinkage >= 1) throw new StaffingError(`shrinkage must be a number in [0, 1), got ${shrinkage}`);
		return shrinkage;
	}
	let total = 0;
	for (const kind of ['planned', 'unplanned'] as const) {
		for (const [name, share] of Object.entries(shrinkage[kind] ?? {})) {
			if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share >= 1) throw new StaffingError(`shrinkage ${kind}.${name} must be a number in [0, 1), got ${share}`);
			total += share;
		}
	}
	if (total >= 1) throw new StaffingError(`total shrinkage must be below 1 (100% of paid time), got ${total}`);
	return total;
}

/**
 * Scheduled (gross) agents for `required` net agents: ceil(required / (1 − shrinkage)). The
 * quotient is nudged down by 1e-12 relative before rounding up, so floating point cannot turn an
 * exact whole number into the next one (21 / (1 − 0.3) is 30.000000000000004 in doubles; it means 30).
 */
export function scheduledAgents(required: number, shrinkage: number): number {
	if (!Number.isFinite(required) || required < 0) throw new StaffingError(`required agents must be a number >= 0, got ${required}`);
	if (!Number.isFinite(shrinkage) || shrinkage < 0 || shrinkage >= 1) throw new StaffingError(`shrinkage must be a number in [0, 1), got ${shrinkage}`);
	const gross = required / (1 - shrinkage);
	return Math.ceil(gross * (1 - 1e-12));
}
