// Erlang C (M/M/N): Poisson arrivals, exponential handle times, N identical agents, one FIFO
// queue, nobody abandons. Source: A. K. Erlang (1917); the formulas as written in
// ../shared/data/erlang-reference/SOURCE.md (and any queueing text, e.g. Gross & Harris):
//   traffic A = λ·AHT (Erlangs)
//   Erlang B by the stable recursion B(0)=1, B(k) = A·B(k−1) / (k + A·B(k−1))   (no factorials)
//   P(wait) = C(N,A) = N·B / (N − A·(1 − B))                                    (N > A)
//   SL(t) = 1 − C·exp(−(N − A)·t/AHT),  ASA = C·AHT/(N − A),  occupancy = A/N.
// The recursion only multiplies and divides numbers in (0, 1], so it neither overflows nor loses
// precision: N = 5,000 with A = 4,900 is as accurate as N = 14 (see erlang-c.test.ts).
// Limits: nobody hangs up, so waits are overstated when callers abandon (use Erlang A); arrivals
// are stationary within the interval; N ≤ A has no steady state ("unstable"): we report SL 0,
// ASA Infinity, occupancy 1 and P(wait) 1 (everyone waits, the queue grows without bound).

/** What a staffing level gives for one interval. Probabilities and occupancy are shares 0..1. */
export interface QueueMetrics {
	/** share of offered contacts answered within the answer-time target */
	serviceLevel: number;
	/** average speed of answer, seconds, over all offered contacts; Infinity when unstable */
	asaSeconds: number;
	/** busy agent time / staffed agent time */
	occupancy: number;
	/** probability an arriving contact has to wait at all */
	pWait: number;
	/** probability an arriving contact abandons (0 under Erlang C) */
	pAbandon: number;
}

/** Metrics of an interval with no traffic: nobody waits, nobody is busy. */
export const idleMetrics: Readonly<QueueMetrics> = Object.freeze({ serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 });

/** Metrics of an Erlang C queue with N ≤ A: no steady state, the queue grows for the whole interval. */
export const unstableMetrics: Readonly<QueueMetrics> = Object.freeze({ serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, pWait: 1, pAbandon: 0 });

function checkLoad(servers: number, traffic: number): void {
	if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`servers must be a whole number >= 0, got ${servers}`);
	if (!Number.isFinite(traffic) || traffic < 0) throw new RangeError(`traffic must be a finite number of Erlangs >= 0, got ${traffic}`);
}

/** One step of the Erlang B recursion: B(k) from B(k−1). */
export function erlangBStep(k: number, traffic: number, previous: number): number {
	const x = traffic * previous;
	return x / (k + x);
}

/** Erlang B blocking probability B(N, A) (M/M/N/N), by the recursion: O(N), stable for any N. */
export function erlangB(servers: number, traffic: number): number {
	checkLoad(servers, traffic);
	let b = 1;
	for (let k = 1; k <= servers; k++) b = erlangBStep(k, traffic, b);
	return b;
}

/** Erlang C from Erlang B at the same N and A; 1 when N ≤ A (everyone waits). */
export function erlangCFromB(servers: number, traffic: number, b: number): number {
	if (servers <= traffic) return 1;
	return (servers * b) / (servers - traffic * (1 - b));
}

/** Erlang C P(wait) = C(N, A). */
export function erlangC(servers: number, traffic: number): number {
	return erlangCFromB(servers, traffic, erlangB(servers, traffic));
}

/**
 * Erlang C metrics for N servers, A Erlangs, handle time `ahtSeconds`, answer-time target
 * `answerSeconds`. `b` may pass B(N, A) when the caller already has it (the staffing search
 * steps N up one at a time and carries B along).
 */
export function erlangCMetrics(servers: number, traffic: number, ahtSeconds: number, answerSeconds: number, b?: number): QueueMetrics {
	checkLoad(servers, traffic);
	if (traffic === 0) return { ...idleMetrics };
	if (servers <= traffic) return { ...unstableMetrics };
	const c = erlangCFromB(servers, traffic, b ?? erlangB(servers, traffic));
	const spare = servers - traffic; // agents beyond the offered load: the queue drains at spare/AHT per second
	return {
		serviceLevel: 1 - c * Math.exp((-spare * answerSeconds) / ahtSeconds),
		asaSeconds: (c * ahtSeconds) / spare,
		occupancy: traffic / servers,
		pWait: c,
		pAbandon: 0
	};
}
