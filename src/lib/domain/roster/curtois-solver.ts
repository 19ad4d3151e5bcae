// Optimizer for the Curtois & Qu shift scheduling benchmark: MIP-based large neighbourhood search
// plus an exact MIP (HiGHS) that proves optimality or a lower bound when the model is small.
//
// Method (all MIPs from curtois-mip.ts, the compact formulation of Curtois & Qu 2014):
//  1. Construction: employees one at a time, each solved exactly over the whole horizon against
//     the cover left by those already placed (others fixed). Every hard constraint is per employee,
//     so each step is feasible whenever that employee has any feasible row at all.
//  2. LNS: repeatedly free a few employees' rows (all days, or a window of days on long horizons),
//     or every employee over a short window, and re-solve that sub-MIP from the current roster as a
//     start, so a step never makes the roster worse; sizes adapt to how fast the sub-MIPs solve.
//  3. Exact phase (models up to EXACT_MAX_X columns): the full compact MIP, warm-started from the
//     LNS roster, for the last 30% of the time (all of it for tiny models, first). Its dual bound is the reported lower bound; when it
//     closes the gap the roster is proven optimal.
// Determinism: the neighbourhoods come from the seeded PRNG passed in; time comes from the `now`
// clock and the deadline, so for a fixed seed the sequence of moves depends only on timings.
// Limits: HiGHS-wasm is single-threaded and each run blocks; a run gets at most the time left, and
// the solver stops ~0.3 s before the deadline to leave time for output. The compact LP bound is
// weak (e.g. 1261 for Instance4 whose optimum is 1716), so on medium instances the bound proven in
// 60 s is often below the optimum; the roster is exact-optimal only when `proven` is true.
// Construction costs one HiGHS run (≈ 50 ms or more) per employee, so large instances (13, 15, 19–24
// at 60 s) may not finish it in the limit; then `roster` is null and callers must say so.
import { mulberry32 } from '../random';
import type { Highs } from 'highs';
import type { CurtoisInstance } from './curtois-format';
import { emptyRoster, evaluate, type Roster } from './curtois-model';
import { buildMip, solveMip } from './curtois-mip';

export const EXACT_MAX_X = 20_000;

export interface SolveOptions {
	/** Seconds the whole solve may take. */
	timeLimitSeconds: number;
	/** Millisecond clock (Date.now in production; a fake in tests). */
	now: () => number;
	/** Uniform [0, 1) generator, e.g. mulberry32(seed). */
	random: () => number;
	/** Called with each new best objective (for progress output). */
	onImprove?: (objective: number, seconds: number) => void;
}

export interface SolveResult {
	/** Best feasible roster found, or null when none was found in time. */
	roster: Roster | null;
	objective: number | null;
	/** A valid lower bound on the optimum, rounded up to an integer, or null if none was proven. */
	lowerBound: number | null;
	proven: boolean;
	/** What happened, for logs: phases run and their counts. */
	log: string[];
}

export { mulberry32 };

export function solveCurtois(highs: Highs, instance: CurtoisInstance, opts: SolveOptions): SolveResult {
	const t0 = opts.now();
	const deadline = t0 + opts.timeLimitSeconds * 1000 - 300;
	const left = () => (deadline - opts.now()) / 1000;
	const E = instance.staff.length;
	const H = instance.horizon;
	const S = instance.shifts.length;
	const log: string[] = [];
	const xFull = E * H * S;

	let current: Roster = emptyRoster(instance);
	let best: Roster | null = null;
	let bestObj = Infinity;
	let lowerBound: number | null = null;
	let proven = false;
	const accept = (r: Roster) => {
		const ev = evaluate(instance, r);
		if (!ev.feasible) return false; // never trust a solver vector blindly
		current = r;
		if (ev.objective < bestObj) { bestObj = ev.objective; best = r; opts.onImprove?.(bestObj, (opts.now() - t0) / 1000); }
		return true;
	};
	const run = (free: (e: number, d: number) => boolean, limit: number, start: Roster | undefined) => {
		const mip = buildMip(instance, current, free);
		return solveMip(highs, instance, current, mip, { timeLimit: Math.min(limit, left()), now: opts.now, deadline, start });
	};

	// Tiny models: the exact MIP straight away (it finds its own rosters).
	if (xFull <= 400) {
		const r = run(() => true, left() * 0.5, undefined);
		if (r.roster && accept(r.roster)) log.push(`exact first: ${r.status} ${bestObj}`);
		if (Number.isFinite(r.bound)) lowerBound = Math.ceil(r.bound - 1e-6);
		if (r.status === 'optimal') return { roster: best, objective: bestObj, lowerBound: bestObj, proven: true, log };
		if (r.status === 'infeasible') return { roster: null, objective: null, lowerBound: null, proven: false, log: [...log, 'infeasible: no roster satisfies the hard constraints'] };
	}

	// 1. Construction, employees in a seeded random order.
	if (best === null) {
		const order = shuffle([...Array(E).keys()], opts.random);
		for (const e of order) {
			if (left() <= 0) break;
			const r = run((ee) => ee === e, left(), undefined);
			if (r.roster === null) {
				if (r.status === 'infeasible') log.push(`employee ${instance.staff[e]!.id} has no feasible row`);
				current = emptyRoster(instance); // cannot complete
				return { roster: null, objective: null, lowerBound: null, proven: false, log: [...log, r.status === 'infeasible' ? 'infeasible' : 'construction ran out of time'] };
			}
			current = r.roster;
		}
		if (!accept(current)) return { roster: null, objective: null, lowerBound: null, proven: false, log: [...log, 'construction incomplete'] };
		log.push(`construction ${bestObj} at ${((opts.now() - t0) / 1000).toFixed(1)}s`);
	}

	// 2. LNS. Exact phase gets the second half of the time when the model is small enough.
	const exact = xFull <= EXACT_MAX_X;
	const lnsEnd = exact ? t0 + (deadline - t0) * 0.7 : deadline;
	let k = Math.min(E, 2);
	const windowDays = Math.min(H, 28);
	// Window length for the "every employee over a few days" neighbourhood, adapted like k.
	let span = Math.min(H, 7);
	let steps = 0;
	let improved = 0;
	while (opts.now() < lnsEnd - 100) {
		steps++;
		const kind = opts.random();
		let free: (e: number, d: number) => boolean;
		const useRows = kind < 0.6;
		if (useRows) {
			const chosen = new Set(shuffle([...Array(E).keys()], opts.random).slice(0, k));
			const d0 = H > windowDays ? Math.floor(opts.random() * (H - windowDays + 1)) : 0;
			free = (e, d) => chosen.has(e) && d >= d0 && d < d0 + windowDays;
		} else {
			const d0 = Math.floor(opts.random() * (H - span + 1));
			free = (_e, d) => d >= d0 && d < d0 + span;
		}
		const before = opts.now();
		const r = run(free, Math.min(1.5, (lnsEnd - opts.now()) / 1000), current);
		const took = (opts.now() - before) / 1000;
		const was = bestObj;
		if (r.roster) accept(r.roster);
		if (bestObj < was) improved++;
		// Adapt: fast, proven sub-MIPs → larger neighbourhoods; slow ones → smaller.
		const fast = r.status === 'optimal' && took < 0.4;
		const slow = took > 1.5 || r.status !== 'optimal';
		if (useRows) { if (fast) k = Math.min(E, k + 1); else if (slow && k > 2) k--; }
		else { if (fast) span = Math.min(H, span + 1); else if (slow && span > 2) span--; }
	}
	log.push(`lns ${steps} steps, ${improved} improving, k ${k}, span ${span}, best ${bestObj} at ${((opts.now() - t0) / 1000).toFixed(1)}s`);

	// 3. Exact phase.
	if (exact && left() > 0.5) {
		const r = run(() => true, left(), best ?? undefined);
		if (r.roster) accept(r.roster);
		if (Number.isFinite(r.bound)) lowerBound = Math.max(lowerBound ?? -Infinity, Math.ceil(r.bound - 1e-6));
		if (r.status === 'optimal') { lowerBound = bestObj; proven = true; }
		log.push(`exact ${r.status}, bound ${lowerBound}`);
	}
	if (lowerBound !== null && best !== null && lowerBound >= bestObj) { lowerBound = bestObj; proven = true; }
	// A bound of 0 says nothing (every objective is ≥ 0): report none.
	if (lowerBound !== null && lowerBound <= 0 && bestObj !== 0) lowerBound = null;
	return { roster: best, objective: best === null ? null : bestObj, lowerBound, proven, log };
}

function shuffle<T>(xs: T[], random: () => number): T[] {
	for (let i = xs.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[xs[i], xs[j]] = [xs[j]!, xs[i]!];
	}
	return xs;
}
