// What-if on a stored forecast: scale volume and handle time, change the service-level target
// and shrinkage, and recompute the requirement with the same staffing engine. Pure, so the page
// can run it on every keystroke in the browser.
import { staffQueue, type QueueStaffingConfig } from './interval-staffing';

export interface WhatIf {
	/** Volume change, percent (e.g. 10 = 10% more contacts). */
	volumePercent: number;
	/** Handle time change, percent. */
	ahtPercent: number;
	/** Service-level target as a share (0..1), answered within config.answerSeconds. */
	serviceLevel: number;
	/** Total shrinkage as a share (0..1), replacing the configured categories. */
	shrinkage: number;
}

export interface WhatIfInterval {
	start: number;
	volume: number;
	ahtSeconds: number;
}

export interface WhatIfResult {
	required: number[];
	scheduled: number[];
	/** Scheduled agent-hours over all intervals. */
	scheduledHours: number;
	peakScheduled: number;
}

export function applyWhatIf(intervals: readonly WhatIfInterval[], config: QueueStaffingConfig, change: WhatIf): WhatIfResult {
	const volumeFactor = Math.max(0, 1 + change.volumePercent / 100);
	const ahtFactor = Math.max(0.05, 1 + change.ahtPercent / 100);
	const rows = staffQueue(
		intervals.map((i) => ({ start: new Date(i.start).toISOString(), volume: i.volume * volumeFactor, ahtSeconds: i.ahtSeconds * ahtFactor })),
		{ ...config, serviceLevel: change.serviceLevel, shrinkage: change.shrinkage }
	);
	const required = rows.map((r) => r.agents);
	const scheduled = rows.map((r) => r.scheduled);
	const hours = (config.intervalMinutes / 60) * scheduled.reduce((s, v) => s + v, 0);
	return { required, scheduled, scheduledHours: hours, peakScheduled: Math.max(0, ...scheduled) };
}
