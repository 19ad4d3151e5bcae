// Erlang A (M/M/N+M, Palm 1943): Erlang C plus impatience. Each waiting contact abandons after an
// exponential patience with mean `patienceSeconds` (rate θ = 1/patience); handle times are
// exponential with mean AHT (rate μ); arrivals Poisson (λ = A/AHT); one FIFO queue; infinite
// waiting room. Metric definitions follow the reference (SOURCE.md, "Erlang A (pyworkforce)").
//
// Stationary distribution, exact birth-death chain with states n = customers in system:
//   π_n ∝ A^n/n!                                 for n ≤ N
//   π_{N+k} = π_N · Π_{j=1..k} A / (N + j·g)     for k ≥ 0 waiting, where g = θ/μ = AHT/patience.
// The n ≤ N block sums to π_N / B(N, A) (Erlang B; 1/B − 1 by its own positive recursion, so
// P(n < N) keeps full relative precision even when tiny), so no factorial ever appears; the waiting
// terms are built by multiplying the ratios and the sums rescaled by 1e-200 whenever a term would
// pass 1e200, so heavily overloaded queues (terms far above 1e308) stay finite. The sum stops once the remaining tail is provably below 1e-17 of what
// has been summed (the ratios A/(N + j·g) fall once they drop below 1, bounding the tail by a
// geometric series).
//
// Metrics (PASTA: arrivals see the stationary distribution):
//   P(wait) = P(n ≥ N);  E[Q] = Σ k·π_{N+k};  P(abandon) = θ·E[Q]/λ = g·E[Q]/A;
//   ASA = E[Q]/λ over ALL arrivals (abandoners included, as in the reference);
//   occupancy = λ·(1 − P(abandon))·AHT / N = A·(1 − P(abandon))/N.
// Service level, P(answered within t) over all arrivals (abandoners count as not answered):
//   an arrival that finds k contacts waiting ahead is answered once k+1 "moves" happen, move j
//   (j ahead) at rate N·μ + j·θ, unless its own patience τ ~ Exp(θ) runs out first. With S the
//   sum of those k+1 exponential stages,  P(S ≤ t, S < τ) = E[1{S ≤ t}·e^{−θS}].  Tilting each
//   stage by e^{−θx} turns rate N·μ + j·θ into N·μ + (j+1)·θ with weight (Nμ+jθ)/(Nμ+(j+1)θ);
//   the weights telescope to α/(α+k+1), α = N·μ/θ = N·patience/AHT. A sum of exponentials with
//   rates θ·(α+1), …, θ·(α+k+1) has e^{−θS'} ~ Beta(α+1, k+1) (compare Laplace transforms), so
//     P(answered within t | k ahead) = α/(α+k+1) · (1 − I_p(α+1, k+1)),   p = e^{−θt},
//   and, the second argument being a whole number, the regularized incomplete beta is a finite
//   sum of negative-binomial terms:  I_p(α+1, k+1) = Σ_{j=0..k} (α+1)_j/j! · p^{α+1}·(1−p)^j.
//   The terms are positive and the sum grows by one term per k, so the whole service level costs
//   one pass over the waiting states (terms by multiplication; in log space if p^{α+1} underflows).
//   SL(t) = P(n < N) + Σ_k π_{N+k} · α/(α+k+1) · (1 − I_p(α+1, k+1)).
//   Precision: every sum is of positive terms, except 1 − I_p, which cancels where I_p ≈ 1 (deep
//   in an overloaded queue); SL is therefore exact to ~1e-16 ABSOLUTE, and relatively exact
//   (~1e-15) unless SL itself is tiny (bench: worst 1.3e-10 relative at SL = 4e-6).
//   Checks: k = 0 gives Nμ/(Nμ+θ)·(1 − e^{−(Nμ+θ)t}); as patience → ∞ it becomes the Erlang C
//   1 − C·e^{−(N−A)t/AHT} (tested), and it reproduces the reference rows A01–A05.
// Limits: patience is exponential (real patience is not, and callers who hear a wait-time
// announcement behave differently); no retrials (abandoners who call back are new volume in the
// forecast); stationary within the interval. N = 0 is allowed (everyone abandons: SL 0, ASA = patience).
import { idleMetrics, type QueueMetrics } from './erlang-c';
import { StaffingError } from './errors';

/** Above this many waiting states one evaluation gives up (patience enormous next to an overload). */
const MAX_QUEUE_STATES = 10_000_000;
/** Relative size of the neglected tail of the waiting-state sums. */
const TAIL_TOLERANCE = 1e-17;
const RESCALE = 1e200;
const LOG_RESCALE = Math.log(RESCALE);

/** 1/B(N, A) − 1 = Σ_{n<N} (A^n/n!) / (A^N/N!), by a recursion of positive terms (Infinity on overflow). */
function lowerWeight(servers: number, traffic: number): number {
	let l = 0;
	for (let k = 1; k <= servers && l < Infinity; k++) l = (k / traffic) * (1 + l);
	return l;
}

/**
 * Erlang A metrics for N servers, A Erlangs, handle time and mean patience in seconds, answer-time
 * target `answerSeconds`. `b` may pass B(N, A) when the caller has it (the search carries it).
 */
export function erlangAMetrics(servers: number, traffic: number, ahtSeconds: number, patienceSeconds: number, answerSeconds: number, b?: number): QueueMetrics {
	if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`servers must be a whole number >= 0, got ${servers}`);
	if (!Number.isFinite(traffic) || traffic < 0) throw new RangeError(`traffic must be a finite number of Erlangs >= 0, got ${traffic}`);
	if (!(patienceSeconds > 0) || !Number.isFinite(patienceSeconds)) throw new RangeError(`patience must be a finite number of seconds > 0, got ${patienceSeconds}`);
	if (traffic === 0) return { ...idleMetrics };
	// Σ_{n<N} π_n / π_N = 1/B(N, A) − 1. From a caller's B only when B < 0.5 (else 1/B − 1 cancels);
	// otherwise by its own positive recursion L(k) = (k/A)·(1 + L(k−1)), L(0) = 0.
	const lower = b !== undefined && b < 0.5 ? 1 / b - 1 : lowerWeight(servers, traffic);
	// Past 1e300 the waiting states weigh less than 1e-300 of the total: nobody waits.
	if (!(lower < 1e300)) return { serviceLevel: 1, asaSeconds: 0, occupancy: traffic / servers, pWait: 0, pAbandon: 0 };
	const g = ahtSeconds / patienceSeconds; // θ/μ
	// The waiting-state weights rise until k ≈ (A − N)/g; refuse before looping when that is beyond reach.
	if ((traffic - servers) / g > MAX_QUEUE_STATES)
		throw new StaffingError(`Erlang A needs more than ${MAX_QUEUE_STATES} waiting states here (patience ${patienceSeconds} s is too long for this overload); use erlang_c`);
	const alpha = servers / g; // N·μ/θ
	const thetaT = answerSeconds / patienceSeconds; // θ·t
	const withinTarget = answerSeconds > 0;
	const oneMinusP = -Math.expm1(-thetaT); // 1 − p, p = e^{−θt}, without cancellation
	// Negative-binomial terms by multiplication; in log space only when p^{α+1} would underflow.
	const logNb0 = -(alpha + 1) * thetaT;
	const linearNb = logNb0 > -650;
	const logOneMinusP = Math.log(oneMinusP);
	let nb = Math.exp(logNb0); // term j = k (linear mode)
	let logNb = logNb0; // term j = k (log mode)
	let cdf = nb; // I_p(α+1, k+1)

	// Sums over k of w_k = π_{N+k}/π_N, all stored divided by e^{logScale}; the scale grows by
	// 1e200 steps whenever w would overflow (heavily overloaded queues).
	let logScale = 0;
	let w = 1; // w_0 = 1
	let mass = 0; // Σ w_k
	let queued = 0; // Σ k·w_k
	let answered = 0; // Σ w_k · P(answered within t | k ahead)
	for (let k = 0; ; k++) {
		if (k > MAX_QUEUE_STATES)
			throw new StaffingError(`Erlang A needs more than ${MAX_QUEUE_STATES} waiting states here (patience ${patienceSeconds} s is too long for this overload); use erlang_c`);
		mass += w;
		queued += k * w;
		if (withinTarget && cdf < 1) answered += (w * alpha * (1 - cdf)) / (alpha + k + 1);
		const ratio = traffic / (servers + (k + 1) * g); // w_{k+1}/w_k, falling in k
		if (ratio < 1 && k > 0) {
			// Ratios only fall from here, so the rest is below w·r/(1−r) (and k-weighted likewise).
			const rest = w * (ratio / (1 - ratio));
			const restQueued = w * ((k * ratio) / (1 - ratio) + ratio / ((1 - ratio) * (1 - ratio)));
			if (rest <= TAIL_TOLERANCE * mass && restQueued <= TAIL_TOLERANCE * queued) break;
		}
		w *= ratio;
		if (w > RESCALE) {
			w /= RESCALE;
			mass /= RESCALE;
			queued /= RESCALE;
			answered /= RESCALE;
			logScale += LOG_RESCALE;
		}
		if (withinTarget) {
			const grow = (alpha + k + 1) / (k + 1);
			if (linearNb) cdf += nb *= grow * oneMinusP;
			else cdf += Math.exp((logNb += Math.log(grow) + logOneMinusP));
		}
	}
	const lowerScaled = lower * Math.exp(-logScale); // underflows to 0 only when negligible
	const total = lowerScaled + mass; // Σ π_n / π_N, scaled like the sums
	const pWait = mass / total;
	const meanQueue = queued / total; // E[Q]
	const pAbandon = Math.min(1, (g * meanQueue) / traffic);
	return {
		// P(n < N) + Σ π_{N+k}·P(answered within t | k ahead), summed before dividing (no 1 − x cancellation)
		serviceLevel: Math.min(1, (lowerScaled + answered) / total),
		asaSeconds: (meanQueue * ahtSeconds) / traffic,
		occupancy: servers === 0 ? 1 : Math.min(1, (traffic * (1 - pAbandon)) / servers),
		pWait,
		pAbandon
	};
}
