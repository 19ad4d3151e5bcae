// `tend roster`: shift rostering for a benchmark instance read on stdin. Contract:
//   tend roster --format curtois [--time-limit 60] [--seed 1] < Instance1.txt
//   out: {"objective":607,"lower_bound":607,"seconds":3.2,"assignments":[{"employee":"A","day":0,"shift":"D"}]}
// `objective` is the benchmark's own (Curtois & Qu 2014), recomputable from `assignments` alone
// (worked days only, days from 0, ids as in the file) and every hard constraint holds — the roster
// is re-checked by the evaluator before it is written. `lower_bound` is a proven bound rounded up to
// an integer, or null; `seconds` is wall time to 0.1 s. When no feasible roster is found in the
// time limit the command refuses with a message rather than print an infeasible one.
import loadHighs from 'highs';
import { CliError } from './cli-error';
import { CurtoisFormatError, parseCurtois } from '$lib/domain/roster/curtois-format';
import { evaluate, rosterToAssignments, type AssignmentRow } from '$lib/domain/roster/curtois-model';
import { mulberry32, solveCurtois } from '$lib/domain/roster/curtois-solver';

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
	const known = ['--format', '--time-limit', '--seed'];
	for (const a of args) if (a.startsWith('--') && !known.includes(a.split('=')[0]!)) throw new CliError(`unknown option ${a}; roster takes --format curtois, --time-limit SECONDS, --seed N`);
	const format = flag(args, '--format') ?? 'curtois';
	if (format !== 'curtois') throw new CliError(`unknown --format ${JSON.stringify(format)}; supported: curtois`);
	const limitText = flag(args, '--time-limit') ?? '60';
	const timeLimit = Number(limitText);
	if (!Number.isFinite(timeLimit) || timeLimit <= 0 || timeLimit > 86_400) throw new CliError(`--time-limit must be a number of seconds in (0, 86400], got ${JSON.stringify(limitText)}`);
	const seedText = flag(args, '--seed') ?? '1';
	if (!/^\d+$/.test(seedText)) throw new CliError(`--seed must be a whole number, got ${JSON.stringify(seedText)}`);
	if (typeof stdin !== 'string' || stdin.trim() === '') throw new CliError('roster reads a Curtois instance on stdin; the input is empty');
	let instance;
	try {
		instance = parseCurtois(stdin);
	} catch (error) {
		if (error instanceof CurtoisFormatError) throw new CliError(`not a valid Curtois instance: ${error.message}`);
		throw error;
	}
	const highs = await loadHighs();
	// The time spent so far (parsing, loading the solver) counts against the limit.
	const budget = timeLimit - (now() - started) / 1000;
	const result = solveCurtois(highs, instance, { timeLimitSeconds: Math.max(0.1, budget), now, random: mulberry32(Number(seedText)) });
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
