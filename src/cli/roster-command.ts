// `tend roster`: shift rostering for a benchmark instance read on stdin. Contract:
//   tend roster --format curtois [--time-limit 60] [--seed 1] < Instance1.txt
//   out: {"objective":607,"lower_bound":607,"seconds":3.2,"assignments":[{"employee":"A","day":0,"shift":"D"}]}
// `objective` is the benchmark's own (Curtois & Qu 2014), recomputable from `assignments` alone
// (worked days only, days from 0, ids as in the file) and every hard constraint holds — the roster
// is re-checked by the evaluator before it is written. `lower_bound` is a proven bound rounded up to
// an integer, or null; `seconds` is wall time to 0.1 s. When no feasible roster is found in the
// time limit the command refuses with a message rather than print an infeasible one.
// `--threads N` (default: 2, or 1 on a one-core machine) runs N independent searches at once, one
// per core, each with its own seed (the first with `--seed` itself), and keeps the best roster
// and the highest bound. The search is random (construction order, local search moves, and how
// many nodes fit in the time): on 12 one 60-second search proved the optimum in 7 of 20 runs and
// two searches in 15 of 20 (bench/README.md). With 1 the search runs in this thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import loadHighs from 'highs';
import { CliError } from './cli-error';
import { CurtoisFormatError, parseCurtois } from '$lib/domain/roster/curtois-format';
import { evaluate, rosterToAssignments, type AssignmentRow } from '$lib/domain/roster/curtois-model';
import { combineResults, mulberry32, solveCurtois, type SolveResult } from '$lib/domain/roster/curtois-solver';
import type { RosterWorkerInput } from './roster-worker';

export interface RosterOutput {
	objective: number;
	lower_bound: number | null;
	seconds: number;
	assignments: AssignmentRow[];
}

function flag(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	if (i < 0) {
		const eq = args.find((a) => a.startsWith(`${name}=`));
		return eq?.slice(name.length + 1);
	}
	const v = args[i + 1];
	if (v === undefined || v.startsWith('--')) throw new CliError(`${name} needs a value`);
	return v;
}

export async function rosterCommand(args: string[], stdin: string, now: () => number = Date.now): Promise<RosterOutput> {
	const started = now();
	const known = ['--format', '--time-limit', '--seed', '--threads'];
	for (const a of args) if (a.startsWith('--') && !known.includes(a.split('=')[0]!)) throw new CliError(`unknown option ${a}; roster takes --format curtois, --time-limit SECONDS, --seed N, --threads N`);
	const format = flag(args, '--format') ?? 'curtois';
	if (format !== 'curtois') throw new CliError(`unknown --format ${JSON.stringify(format)}; supported: curtois`);
	const limitText = flag(args, '--time-limit') ?? '60';
	const timeLimit = Number(limitText);
	if (!Number.isFinite(timeLimit) || timeLimit <= 0 || timeLimit > 86_400) throw new CliError(`--time-limit must be a number of seconds in (0, 86400], got ${JSON.stringify(limitText)}`);
	const seedText = flag(args, '--seed') ?? '1';
	if (!/^\d+$/.test(seedText)) throw new CliError(`--seed must be a whole number, got ${JSON.stringify(seedText)}`);
	const threadsText = flag(args, '--threads') ?? String(Math.min(2, availableParallelism()));
	if (!/^\d+$/.test(threadsText) || Number(threadsText) < 1 || Number(threadsText) > MAX_THREADS) throw new CliError(`--threads must be a whole number from 1 to ${MAX_THREADS}, got ${JSON.stringify(threadsText)}`);
	if (typeof stdin !== 'string' || stdin.trim() === '') throw new CliError('roster reads a Curtois instance on stdin; the input is empty');
	let instance;
	try {
		instance = parseCurtois(stdin);
	} catch (error) {
		if (error instanceof CurtoisFormatError) throw new CliError(`not a valid Curtois instance: ${error.message}`);
		throw error;
	}
	const threads = Number(threadsText);
	const seed = Number(seedText);
	let result: SolveResult;
	if (threads === 1) {
		const highs = await loadHighs();
		// The time spent so far (parsing, loading the solver) counts against the limit.
		const budget = timeLimit - (now() - started) / 1000;
		result = solveCurtois(highs, instance, { timeLimitSeconds: Math.max(0.1, budget), now, random: mulberry32(seed) });
	} else {
		// Each thread stops at the same moment; the margin is for handing its roster back.
		const deadline = Date.now() + (timeLimit - (now() - started) / 1000) * 1000 - HANDOVER_MS;
		const seeds = Array.from({ length: threads }, (_, i) => (seed + i * SEED_STRIDE) % 2 ** 32);
		result = combineResults(await runThreads(seeds.map((s) => ({ instance, seed: s, deadline }))));
	}
	if (result.roster === null || result.objective === null) throw new CliError(`no feasible roster found within ${timeLimit} s (${result.log.at(-1) ?? 'no detail'})`, 1);
	const check = evaluate(instance, result.roster);
	if (!check.feasible || check.objective !== result.objective) throw new Error(`internal error: the roster fails its own check (${check.violations[0]?.message ?? `objective ${check.objective} ≠ ${result.objective}`})`);
	return {
		objective: check.objective,
		lower_bound: result.lowerBound,
		seconds: Math.round((now() - started) / 100) / 10,
		assignments: rosterToAssignments(instance, result.roster)
	};
}

const MAX_THREADS = 16;
/** Milliseconds kept after the threads' deadline for posting and checking their rosters. */
const HANDOVER_MS = 300;
/** Seeds of the threads: `--seed`, then steps of this (a prime, so that no two threads share a stream start). */
const SEED_STRIDE = 1_000_003;

/**
 * Runs one search a thread (roster-worker.ts) and returns their results in order. A thread that
 * proves its roster optimal ends the others at once: nothing can beat it.
 */
function runThreads(inputs: readonly RosterWorkerInput[]): Promise<SolveResult[]> {
	// The worker is TypeScript: it is loaded through tsx, as the command itself is.
	const entry = new URL('./roster-worker.ts', import.meta.url).href;
	const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
	return new Promise((resolve, reject) => {
		const results: (SolveResult | null)[] = inputs.map(() => null);
		const workers = inputs.map((workerData) => new Worker(boot, { eval: true, workerData }));
		let settled = false;
		const finish = (error?: Error) => {
			if (settled) return;
			settled = true;
			for (const w of workers) void w.terminate();
			if (error) reject(error);
			else resolve(results.filter((r): r is SolveResult => r !== null));
		};
		workers.forEach((w, i) => {
			w.on('message', (r: SolveResult) => {
				results[i] = r;
				if (r.proven || results.every((x) => x !== null)) finish();
			});
			w.on('error', (error) => finish(error));
			w.on('exit', (code) => { if (!settled && results[i] === null) finish(new Error(`roster thread ${i + 1} stopped (exit code ${code}) before it returned a roster`)); });
		});
	});
}
