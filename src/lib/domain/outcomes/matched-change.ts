// Before and after a programme (training, coaching) against a matched comparison group: each
// agent's first event week t; their change is the mean outcome over weeks t+1..t+w minus the mean
// over t-w..t-1 (the event week itself left out). Each treated agent is paired with the untreated
// agent (no event of the kind from t-w to t+w) whose mean over the same weeks before was nearest
// (ties to the lower id; with replacement; optionally within a caliper), and that agent's change
// over the same calendar weeks is subtracted: a difference in differences, averaged over pairs,
// with a 95% percentile bootstrap interval that resamples the pairs (seeded).
// Sources: Stuart, "Matching methods for causal inference: a review and a look forward",
// Statistical Science 25(1), 2010 (nearest-neighbour matching with replacement, calipers);
// Angrist & Pischke, Mostly Harmless Econometrics (2009), ch. 5 (differences in differences);
// Efron & Tibshirani, An Introduction to the Bootstrap (1993), ch. 13 (percentile intervals).
// Limits: matches on one variable, the outcome's level before, so anything else that differs
// between those trained or coached and those not (workload, motivation, who chose them, what else
// changed for them then) stays in the difference: an association, not a cause. Matching on the
// level before takes out the part of regression to the mean that depends on that level, not all
// of it. Only each agent's first event counts; fewer than `minPairs` pairs give no result.

export interface AgentWeekValue {
	agentId: number;
	/** ISO week, its Monday 'YYYY-MM-DD'. */
	week: string;
	value: number;
	/** How much the week counts in a window mean (e.g. survey answers); 1 when absent. */
	weight?: number;
}

export interface TreatmentEvent {
	agentId: number;
	/** ISO week of the event, its Monday. */
	week: string;
}

export interface MatchedChangeOptions {
	/** Weeks on each side of the event. */
	window: number;
	/** Weeks with data needed on each side. */
	minWeeks: number;
	minPairs: number;
	/** Largest allowed distance between the means before, in the outcome's units; null = any. */
	caliper: number | null;
	resamples: number;
}

export interface MatchedChange {
	/** Agents whose first event had enough weeks with data on both sides. */
	treated: number;
	/** Of them, those paired with a comparison agent. */
	matched: number;
	/** Treated agents with no comparison agent (none with data then, or none within the caliper). */
	unmatched: number;
	/** Distinct comparison agents used (one may serve several treated agents). */
	comparisonAgents: number;
	/** Mean change of the matched treated agents: the plain before/after. */
	treatedChange: number;
	/** Mean change of their comparison agents over the same weeks. */
	matchedChange: number;
	/** treatedChange − matchedChange, with its 95% bootstrap interval. */
	difference: number;
	lower: number;
	upper: number;
}

export const defaultMatchedChangeOptions: MatchedChangeOptions = { window: 4, minWeeks: 2, minPairs: 5, caliper: null, resamples: 2000 };

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

function percentile(sorted: readonly number[], q: number): number {
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

function shiftWeek(week: string, weeks: number): string {
	const [y, m, d] = week.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 7 * weeks)).toISOString().slice(0, 10);
}

type Series = Map<string, { sum: number; weight: number }>;

/** Weighted mean over weeks t+from..t+to, or null when fewer than minWeeks of them have data. */
function windowMean(series: Series, t: string, from: number, to: number, minWeeks: number): number | null {
	let sum = 0;
	let weight = 0;
	let weeks = 0;
	for (let k = from; k <= to; k++) {
		const cell = series.get(shiftWeek(t, k));
		if (!cell) continue;
		sum += cell.sum;
		weight += cell.weight;
		weeks++;
	}
	return weeks >= minWeeks ? sum / weight : null;
}

function changeAround(series: Series, t: string, o: MatchedChangeOptions): { before: number; change: number } | null {
	const before = windowMean(series, t, -o.window, -1, o.minWeeks);
	const after = windowMean(series, t, 1, o.window, o.minWeeks);
	return before === null || after === null ? null : { before, change: after - before };
}

export function matchedChange(values: readonly AgentWeekValue[], events: readonly TreatmentEvent[], random: () => number, options: Partial<MatchedChangeOptions> = {}): MatchedChange | null {
	const o = { ...defaultMatchedChangeOptions, ...options };
	const series = new Map<number, Series>();
	for (const v of values) {
		const weight = v.weight ?? 1;
		if (!Number.isFinite(v.value) || !(weight > 0)) continue;
		const s = series.get(v.agentId) ?? series.set(v.agentId, new Map()).get(v.agentId)!;
		const cell = s.get(v.week) ?? s.set(v.week, { sum: 0, weight: 0 }).get(v.week)!;
		cell.sum += v.value * weight;
		cell.weight += weight;
	}
	const eventWeeks = new Map<number, string[]>();
	for (const e of events) (eventWeeks.get(e.agentId) ?? eventWeeks.set(e.agentId, []).get(e.agentId)!).push(e.week);
	// ISO dates sort as strings; each agent's first event is their treatment.
	for (const list of eventWeeks.values()) list.sort();
	const agents = [...series.keys()].sort((a, b) => a - b);

	const pairs: { treated: number; comparison: number }[] = [];
	const used = new Set<number>();
	let treated = 0;
	for (const [agentId, weeks] of [...eventWeeks.entries()].sort((a, b) => a[0] - b[0])) {
		const own = series.get(agentId);
		const t = weeks[0]!;
		const mine = own && changeAround(own, t, o);
		if (!mine) continue;
		treated++;
		const from = shiftWeek(t, -o.window);
		const to = shiftWeek(t, o.window);
		let best: { id: number; distance: number; change: number } | null = null;
		for (const id of agents) {
			if (eventWeeks.get(id)?.some((w) => w >= from && w <= to)) continue;
			const theirs = changeAround(series.get(id)!, t, o);
			if (!theirs) continue;
			const distance = Math.abs(theirs.before - mine.before);
			if (o.caliper !== null && distance > o.caliper) continue;
			// Agents come in id order, so a strict < keeps the lower id on a tie.
			if (!best || distance < best.distance) best = { id, distance, change: theirs.change };
		}
		if (!best) continue;
		used.add(best.id);
		pairs.push({ treated: mine.change, comparison: best.change });
	}
	if (pairs.length < o.minPairs || pairs.length === 0) return null;

	const differences = pairs.map((p) => p.treated - p.comparison);
	const draws: number[] = [];
	for (let i = 0; i < o.resamples; i++) draws.push(mean(Array.from({ length: differences.length }, () => differences[Math.floor(random() * differences.length)]!)));
	draws.sort((a, b) => a - b);
	return {
		treated,
		matched: pairs.length,
		unmatched: treated - pairs.length,
		comparisonAgents: used.size,
		treatedChange: mean(pairs.map((p) => p.treated)),
		matchedChange: mean(pairs.map((p) => p.comparison)),
		difference: mean(differences),
		lower: percentile(draws, 0.025),
		upper: percentile(draws, 0.975)
	};
}
