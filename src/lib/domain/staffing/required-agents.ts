// Required agents: the smallest whole staffing that meets EVERY target at once (service level
// within the answer time, optionally ASA and maximum occupancy; the strictest wins), under
// Erlang C or Erlang A, with chat concurrency.
// Search, Erlang C: linear in N from a proven lower bound, carrying Erlang B along one step at a
// time, so a solve costs O(N) arithmetic in all (the recursion has to climb to N anyway). Lower
// bounds: N > A (else unstable) and N ≥ A/max occupancy. Erlang A: bisection between a proven
// lower bound, SL(t) ≤ P(answered) = 1 − P(abandon) = E[busy]/A < N/A so N > SL·A, and the
// Erlang C answer (raised until it meets the targets), assuming monotone metrics (see below).
// The search is capped at max(10·A, A + 1000) servers (far beyond any real answer: N − A grows
// like √A), and a target no finite staffing can meet is reported instead of searched for:
// service level 1 (some contact always waits longer than any t: SL < 1 for every finite N under
// both models) and ASA ≤ 0.
// Chat concurrency c: an agent is c parallel servers of the same queue, each contact still takes
// the given handle time (AHT is the elapsed time of one chat while its agent juggles c of them),
// agents = ceil(servers / c) and the metrics are reported for agents·c servers. Limit: real
// agents slow down as they take more chats at once (per-chat handle time grows with load), and
// one agent's c slots are not independent servers (an agent going on break takes all c away), so
// this is optimistic for high c; give the handle time measured at the concurrency you run.
import { erlangAMetrics } from './erlang-a';
import { erlangBStep, erlangCMetrics, idleMetrics, type QueueMetrics } from './erlang-c';
import { StaffingError } from './errors';

export type ErlangModel = 'erlang_c' | 'erlang_a';

export interface StaffingTargets {
	/** share answered within `answerSeconds`, in (0, 1); 1 is impossible with finite staffing. Optional here (an ASA-only target); the CLI requires it. */
	serviceLevel?: number;
	/** answer-time target, seconds >= 0 */
	answerSeconds: number;
	/** optional ASA target, seconds > 0 */
	asaSeconds?: number;
	/** optional cap on occupancy, in (0, 1] */
	maxOccupancy?: number;
}

export interface ErlangQueue {
	model: ErlangModel;
	/** offered load A = λ·AHT, Erlangs */
	trafficErlangs: number;
	ahtSeconds: number;
	/** mean patience, seconds; required for erlang_a */
	patienceSeconds?: number;
	/** contacts one agent handles at once (chat); 1 by default */
	concurrency?: number;
}

export interface StaffingResult {
	agents: number;
	servers: number;
	metrics: QueueMetrics;
}

/** Relative slack on the occupancy cap, so A/N = cap exactly (e.g. 8.5/10 vs 0.85) counts as meeting it. */
const OCCUPANCY_SLACK = 1e-12;

/** Why targets can never be met, or null. Checks ranges too; messages name the field. */
export function targetProblem(targets: StaffingTargets): string | null {
	const { serviceLevel, answerSeconds, asaSeconds, maxOccupancy } = targets;
	if (serviceLevel !== undefined && (typeof serviceLevel !== 'number' || !(serviceLevel > 0 && serviceLevel <= 1))) return `service_level must be a number in (0, 1], got ${serviceLevel}`;
	if (serviceLevel === 1)
		return 'service_level 1 is impossible: with any finite number of agents some contacts wait longer than answer_seconds (SL < 1 always); use a target below 1, e.g. 0.99';
	if (typeof answerSeconds !== 'number' || !Number.isFinite(answerSeconds) || answerSeconds < 0) return `answer_seconds must be a number >= 0, got ${answerSeconds}`;
	if (asaSeconds !== undefined && (typeof asaSeconds !== 'number' || !Number.isFinite(asaSeconds) || asaSeconds <= 0))
		return `asa_seconds must be a number > 0 (ASA 0 is impossible with finite staffing), got ${asaSeconds}`;
	if (maxOccupancy !== undefined && (typeof maxOccupancy !== 'number' || !(maxOccupancy > 0 && maxOccupancy <= 1))) return `max_occupancy must be a number in (0, 1], got ${maxOccupancy}`;
	return null;
}

/** True when the metrics of a staffing meet every target. */
export function meetsTargets(metrics: QueueMetrics, targets: StaffingTargets): boolean {
	if (targets.serviceLevel !== undefined && !(metrics.serviceLevel >= targets.serviceLevel)) return false;
	if (targets.asaSeconds !== undefined && !(metrics.asaSeconds <= targets.asaSeconds)) return false;
	if (targets.maxOccupancy !== undefined && !(metrics.occupancy <= targets.maxOccupancy * (1 + OCCUPANCY_SLACK))) return false;
	return true;
}

function checkQueue(queue: ErlangQueue): number {
	const { model, trafficErlangs, ahtSeconds, patienceSeconds } = queue;
	if (model !== 'erlang_c' && model !== 'erlang_a') throw new StaffingError(`model must be "erlang_c" or "erlang_a", got ${String(model)}`);
	if (!Number.isFinite(trafficErlangs) || trafficErlangs < 0) throw new StaffingError(`traffic must be a finite number of Erlangs >= 0, got ${trafficErlangs}`);
	if (trafficErlangs > 0 && !(Number.isFinite(ahtSeconds) && ahtSeconds > 0)) throw new StaffingError(`aht_seconds must be a number > 0, got ${ahtSeconds}`);
	if (model === 'erlang_a' && !(typeof patienceSeconds === 'number' && Number.isFinite(patienceSeconds) && patienceSeconds > 0))
		throw new StaffingError(`patience_seconds must be a number > 0 for erlang_a, got ${patienceSeconds}`);
	const concurrency = queue.concurrency ?? 1;
	if (!Number.isInteger(concurrency) || concurrency < 1) throw new StaffingError(`concurrency must be a whole number >= 1, got ${concurrency}`);
	return concurrency;
}

function metricsAt(queue: ErlangQueue, servers: number, answerSeconds: number, b?: number): QueueMetrics {
	return queue.model === 'erlang_a'
		? erlangAMetrics(servers, queue.trafficErlangs, queue.ahtSeconds, queue.patienceSeconds!, answerSeconds, b)
		: erlangCMetrics(servers, queue.trafficErlangs, queue.ahtSeconds, answerSeconds, b);
}

/** Metrics of a given staffing: `agents` people, each `concurrency` servers. */
export function evaluateAgents(queue: ErlangQueue, agents: number, answerSeconds: number): QueueMetrics {
	const concurrency = checkQueue(queue);
	if (!Number.isInteger(agents) || agents < 0) throw new StaffingError(`agents must be a whole number >= 0, got ${agents}`);
	return metricsAt(queue, agents * concurrency, answerSeconds);
}

/** The search cap on servers for a load of A Erlangs. */
export function searchCap(traffic: number): number {
	return Math.max(Math.ceil(10 * traffic), Math.ceil(traffic) + 1000);
}

/** Smallest number of servers meeting every target (no concurrency rounding). */
export function requiredServers(queue: ErlangQueue, targets: StaffingTargets): { servers: number; metrics: QueueMetrics } {
	checkQueue(queue);
	const problem = targetProblem(targets);
	if (problem) throw new StaffingError(problem);
	const a = queue.trafficErlangs;
	if (a === 0) return { servers: 0, metrics: { ...idleMetrics } };
	if (queue.model === 'erlang_a') return requiredServersErlangA(queue, targets);
	// Erlang C: linear from the lower bound, carrying B along (each step O(1)).
	let start = Math.floor(a) + 1;
	if (targets.maxOccupancy !== undefined) start = Math.max(start, Math.floor(a / targets.maxOccupancy) - 1);
	const cap = Math.max(searchCap(a), start + 1000);
	let b = 1; // B(n, A), carried up from n = 0
	for (let n = 1; n < start; n++) b = erlangBStep(n, a, b);
	for (let n = start; n <= cap; n++) {
		b = erlangBStep(n, a, b);
		const metrics = metricsAt(queue, n, targets.answerSeconds, b);
		if (meetsTargets(metrics, targets)) return { servers: n, metrics };
	}
	throw outOfReach(a, cap, targets);
}

/**
 * Erlang A: one evaluation costs O(N + waiting states), and the states are many when N is well
 * below the load, so instead of stepping up from the lower bound we bisect between it (known to
 * fail) and the Erlang C answer (or above it, doubling the gap until the targets hold). Relies on
 * every metric being monotone in N: SL up, ASA and P(abandon) down, and occupancy down (the
 * throughput A·(1 − P(abandon)) is concave in N and 0 at N = 0, so per-server throughput falls);
 * erlang-a and required-agents tests check it over a grid, and the answer is checked to meet
 * the targets while one fewer does not.
 */
function requiredServersErlangA(queue: ErlangQueue, targets: StaffingTargets): { servers: number; metrics: QueueMetrics } {
	const a = queue.trafficErlangs;
	const evaluate = (n: number): QueueMetrics | null => {
		try {
			return metricsAt(queue, n, targets.answerSeconds);
		} catch (error) {
			// Below the load with a huge patience: millions waiting, so no target is met here.
			if (error instanceof StaffingError && n < a) return null;
			throw error;
		}
	};
	const meets = (m: QueueMetrics | null): m is QueueMetrics => m !== null && meetsTargets(m, targets);
	// SL < N/A, so N = floor(SL·A) fails; without an SL target, start below 0.
	let lo = targets.serviceLevel !== undefined ? Math.floor(targets.serviceLevel * a) : -1;
	const cap = Math.max(searchCap(a), lo + 1000);
	const erlangC = requiredServers({ ...queue, model: 'erlang_c' }, targets).servers;
	let hi = Math.max(lo + 1, erlangC);
	let best = evaluate(hi);
	for (let step = Math.ceil(Math.sqrt(a)); !meets(best); step *= 2) {
		if (hi >= cap) throw outOfReach(a, cap, targets);
		lo = hi;
		hi = Math.min(cap, hi + step);
		best = evaluate(hi);
	}
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		const m = evaluate(mid);
		if (meets(m)) [hi, best] = [mid, m];
		else lo = mid;
	}
	return { servers: hi, metrics: best };
}

function outOfReach(a: number, cap: number, targets: StaffingTargets): StaffingError {
	return new StaffingError(
		`no staffing up to ${cap} servers (${(cap / a).toFixed(1)}x the load of ${a.toPrecision(4)} Erlangs) meets ` +
			[
				targets.serviceLevel !== undefined ? `service level ${targets.serviceLevel} within ${targets.answerSeconds} s` : null,
				targets.asaSeconds !== undefined ? `ASA <= ${targets.asaSeconds} s` : null,
				targets.maxOccupancy !== undefined ? `occupancy <= ${targets.maxOccupancy}` : null
			]
				.filter(Boolean)
				.join(' and ') +
			'; the target is out of reach'
	);
}

/** Smallest number of agents meeting every target; with concurrency c, agents = ceil(servers / c). */
export function requiredAgents(queue: ErlangQueue, targets: StaffingTargets): StaffingResult {
	const concurrency = checkQueue(queue);
	const found = requiredServers(queue, targets);
	if (concurrency === 1) return { agents: found.servers, servers: found.servers, metrics: found.metrics };
	// The metrics improve with servers, so ceil(servers/c) agents meet the targets; re-check anyway.
	const first = Math.ceil(found.servers / concurrency);
	for (let agents = first; agents <= first + 1000; agents++) {
		const metrics = metricsAt(queue, agents * concurrency, targets.answerSeconds);
		if (meetsTargets(metrics, targets)) return { agents, servers: agents * concurrency, metrics };
	}
	throw new StaffingError(`no staffing meets the targets with concurrency ${concurrency}`); // unreachable: metrics are monotone in servers
}
