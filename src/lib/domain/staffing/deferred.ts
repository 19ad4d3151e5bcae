// Deferred work (email, other back-office items): contacts wait in a backlog and are answered
// against a response-time target (e.g. 90% within 4 hours) instead of a seconds-scale service
// level, so queueing randomness matters far less than carry-over between intervals.
// Model: a deterministic FLUID FIFO queue over the whole sequence of intervals (no source beyond
// the standard fluid approximation of queues, e.g. Newell, "Applications of Queueing Theory"):
//  - within an interval, work arrives evenly at a = volume·AHT / length (work-seconds per second);
//  - `agents` work the backlog at c = agents·productiveShare work-seconds per second (the share is
//    max_occupancy, default 1: the part of a staffed second spent on items);
//  - the backlog Q (work-seconds) carries over to the next interval; time between intervals
//    (gaps, nights) passes with no arrivals and no capacity; after the last interval nothing is
//    worked, so items still open at the end count as NOT answered within target (conservative).
//  - FIFO: an item arriving at τ is answered when cumulative capacity since τ covers the work
//    ahead of it: wait w(τ) = inf{t ≥ τ : C(t) − C(τ) ≥ Q(τ)} − τ, C = cumulative capacity.
//    C and Q are piecewise linear, so w is piecewise linear in τ and the metrics are computed
//    exactly (no time stepping): SL = share of the interval's arrivals with w ≤ answerSeconds,
//    ASA = their mean w (Infinity if some are never answered), P(wait) = share with w > 0,
//    occupancy = work done / (agents·length) (1 when no agents face work, as for unstable Erlang C).
//    With no randomness, service level 1 is reachable here (unlike Erlang C/A).
// Staffing: the smallest CONSTANT number of agents, in every interval not given fixed agents,
// such that in every interval with volume > 0 at least `serviceLevel` of the arrivals are
// answered within `answerSeconds` (and mean wait ≤ asaSeconds if given). More capacity never
// delays any item, so the metrics are monotone and a bisection finds the exact minimum.
// Limits: averages only, no randomness (within-interval bursts and item-size variance add waiting
// the fluid ignores, so keep some margin for short targets); the level applies to every interval
// passed (pass only the hours the team works; a constant level is a simplification of a
// schedule); wall-clock time, so a target that should count business hours only is stricter here.
import { StaffingError } from './errors';
import type { QueueMetrics } from './erlang-c';

export interface DeferredInterval {
	/** start, seconds on any fixed origin; intervals sorted, not overlapping */
	startSeconds: number;
	lengthSeconds: number;
	/** items arriving in the interval, >= 0 */
	volume: number;
	/** handle time per item, seconds (> 0 when volume > 0) */
	ahtSeconds: number;
	/** fixed staffing for this interval; solved when absent */
	agents?: number;
}

export interface DeferredTargets {
	serviceLevel: number;
	answerSeconds: number;
	asaSeconds?: number;
	/** share of staffed time spent on items (max_occupancy), (0, 1]; default 1 */
	productiveShare?: number;
}

export interface DeferredResult {
	/** the constant level solved for the intervals without fixed agents */
	agents: number;
	/** per interval: the staffing used and its metrics (pAbandon is 0: items do not abandon) */
	intervals: Array<{ agents: number; metrics: QueueMetrics }>;
}

interface Capacity {
	times: number[]; // breakpoints, increasing
	cumulative: number[]; // C at each breakpoint
	rates: number[]; // rate on [times[j], times[j+1]]
}

function buildCapacity(intervals: readonly DeferredInterval[], agents: readonly number[], share: number): Capacity {
	const times: number[] = [];
	const cumulative: number[] = [];
	const rates: number[] = [];
	let c = 0;
	intervals.forEach((interval, i) => {
		const end = interval.startSeconds + interval.lengthSeconds;
		const last = times.length - 1;
		if (last >= 0 && times[last]! > interval.startSeconds) throw new StaffingError(`interval ${i} overlaps the one before it`);
		if (last < 0 || times[last]! < interval.startSeconds) {
			// a gap (or the very start): capacity 0 until this interval
			if (last >= 0) rates.push(0);
			times.push(interval.startSeconds);
			cumulative.push(c);
		}
		const rate = agents[i]! * share;
		rates.push(rate);
		c += rate * interval.lengthSeconds;
		times.push(end);
		cumulative.push(c);
	});
	return { times, cumulative, rates };
}

/** First breakpoint index j with cumulative[j] >= y, or -1 when C never reaches y. */
function firstReaching(cap: Capacity, y: number): number {
	const cum = cap.cumulative;
	if (cum.length === 0 || cum[cum.length - 1]! < y) return -1;
	let lo = 0;
	let hi = cum.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cum[mid]! >= y) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Metrics of every interval for given per-interval staffing. */
export function evaluateDeferred(intervals: readonly DeferredInterval[], agents: readonly number[], targets: Pick<DeferredTargets, 'answerSeconds' | 'productiveShare'>): QueueMetrics[] {
	const share = targets.productiveShare ?? 1;
	const limit = targets.answerSeconds;
	const cap = buildCapacity(intervals, agents, share);
	const out: QueueMetrics[] = [];
	let backlog = 0; // work-seconds waiting at the start of the interval
	let capacityAt = 0; // C at the start of the interval (gaps add nothing)
	intervals.forEach((interval, i) => {
		const len = interval.lengthSeconds;
		const s = interval.startSeconds;
		const staffed = agents[i]!;
		const a = interval.volume > 0 ? (interval.volume * interval.ahtSeconds) / len : 0;
		const c = staffed * share;
		// Q > 0 on [s, s + busyFor), then 0 (busyFor = len when it never empties).
		let busyFor: number;
		if (backlog > 0) busyFor = c > a ? Math.min(len, backlog / (c - a)) : len;
		else busyFor = c >= a ? 0 : len;
		const endBacklog = Math.max(0, backlog + (a - c) * len);
		const done = backlog + a * len - endBacklog;
		// No agents facing work reads as fully occupied (as Erlang C reports an unstable interval).
		const occupancy = staffed > 0 ? Math.min(1, done / (staffed * len)) : backlog > 0 || a > 0 ? 1 : 0;
		if (a === 0) {
			out.push({ serviceLevel: 1, asaSeconds: 0, occupancy, pWait: 0, pAbandon: 0 });
		} else {
			// Arrivals at τ in [s, s + busyFor): the work ahead ends at y(τ) = C(s) + backlog + a·(τ − s).
			let within = len - busyFor; // arrivals finding no backlog are answered at once
			let waitIntegral = 0;
			let unanswered = false;
			if (busyFor > 0) {
				const y0 = capacityAt + backlog;
				const y1 = y0 + a * busyFor;
				// Split [y0, y1] at the capacity breakpoints; on each piece the answer time is linear.
				const cuts = [y0];
				for (let j = Math.max(0, firstReaching(cap, y0)); j >= 0 && j < cap.cumulative.length && cap.cumulative[j]! < y1; j++) {
					if (cap.cumulative[j]! > y0) cuts.push(cap.cumulative[j]!);
				}
				cuts.push(y1);
				for (let p = 0; p + 1 < cuts.length; p++) {
					const ya = cuts[p]!;
					const yb = cuts[p + 1]!;
					if (!(yb > ya)) continue;
					const ua = s + (ya - y0) / a; // arrival times of the piece
					const ub = s + (yb - y0) / a;
					const j = firstReaching(cap, (ya + yb) / 2);
					if (j <= 0) {
						unanswered = true; // beyond everything the sequence works: never answered
						continue;
					}
					const rate = cap.rates[j - 1]!;
					const answerAt = (y: number) => cap.times[j - 1]! + (y - cap.cumulative[j - 1]!) / rate;
					const wa = Math.max(0, answerAt(ya) - ua);
					const wb = Math.max(0, answerAt(yb) - ub);
					waitIntegral += ((wa + wb) / 2) * (ub - ua);
					if (wa <= limit && wb <= limit) within += ub - ua;
					else if (wa <= limit || wb <= limit) within += (ub - ua) * (wa <= limit ? (limit - wa) / (wb - wa) : (limit - wb) / (wa - wb));
				}
			}
			out.push({
				serviceLevel: Math.min(1, Math.max(0, within / len)),
				asaSeconds: unanswered ? Infinity : waitIntegral / len,
				occupancy,
				pWait: busyFor / len,
				pAbandon: 0
			});
		}
		backlog = endBacklog;
		capacityAt += c * len;
	});
	return out;
}

function meets(metrics: readonly QueueMetrics[], intervals: readonly DeferredInterval[], targets: DeferredTargets): boolean {
	return metrics.every(
		(m, i) => intervals[i]!.volume === 0 || (m.serviceLevel >= targets.serviceLevel && (targets.asaSeconds === undefined || m.asaSeconds <= targets.asaSeconds))
	);
}

/**
 * The smallest constant staffing (for intervals without fixed `agents`) meeting the targets in
 * every interval with volume, and the metrics it gives. Throws when no level up to 10^9 agents
 * can (the fixed intervals leave work that cannot be answered in time).
 */
export function requiredDeferredAgents(intervals: readonly DeferredInterval[], targets: DeferredTargets): DeferredResult {
	const share = targets.productiveShare ?? 1;
	if (!(share > 0 && share <= 1)) throw new StaffingError(`max_occupancy must be a number in (0, 1], got ${share}`);
	if (!(targets.serviceLevel > 0 && targets.serviceLevel <= 1)) throw new StaffingError(`service_level must be in (0, 1], got ${targets.serviceLevel}`);
	const staffingFor = (level: number) => intervals.map((interval) => interval.agents ?? level);
	const feasible = (level: number) => meets(evaluateDeferred(intervals, staffingFor(level), targets), intervals, targets);
	const free = intervals.some((interval) => interval.agents === undefined);
	let level = 0;
	if (free && intervals.some((interval) => interval.volume > 0) && !feasible(0)) {
		// With c ≥ a in every free interval the backlog never grows there; start above that and double.
		let hi = 1;
		for (const interval of intervals)
			if (interval.agents === undefined && interval.volume > 0) hi = Math.max(hi, Math.ceil((interval.volume * interval.ahtSeconds) / (interval.lengthSeconds * share)));
		while (!feasible(hi)) {
			if (hi > 1e9) throw new StaffingError('no constant staffing up to 10^9 agents answers the work in time; the fixed staffing leaves too much backlog');
			hi *= 2;
		}
		let lo = 0; // infeasible
		while (hi - lo > 1) {
			const mid = Math.floor((lo + hi) / 2);
			if (feasible(mid)) hi = mid;
			else lo = mid;
		}
		level = hi;
	}
	const agents = staffingFor(level);
	const metrics = evaluateDeferred(intervals, agents, targets);
	return { agents: level, intervals: metrics.map((m, i) => ({ agents: agents[i]!, metrics: m })) };
}
