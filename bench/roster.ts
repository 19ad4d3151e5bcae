// Shift-rostering benchmark: the Curtois & Qu instances (../shared/data/curtois-shift-scheduling)
// through the same path as `tend roster --format curtois`, each roster re-verified by the
// evaluator from its assignment list alone (hard constraints + recomputed objective).
// Run: npx tsx bench/roster.ts [--time-limit 60] [--seed 1] [--threads N] [1 2 3 …]   (default: instances
// 1–24, and the command's own thread count: one search per core, up to 2)
// Prints one JSON line per instance as it finishes, then a JSON summary.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rosterCommand } from '../src/cli/roster-command';
import { parseCurtois } from '../src/lib/domain/roster/curtois-format';
import { evaluateAssignments } from '../src/lib/domain/roster/curtois-model';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}../shared/data/curtois-shift-scheduling`;

const args = process.argv.slice(2);
let timeLimit = 60;
let seed = 1;
let threads: string | null = null;
const picked: number[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--time-limit') timeLimit = Number(args[++i]);
	else if (args[i] === '--seed') seed = Number(args[++i]);
	else if (args[i] === '--threads') threads = String(args[++i]);
	else picked.push(Number(String(args[i]).replace(/^Instance/i, '').replace(/\.txt$/, '')));
}
const instances = picked.length > 0 ? picked : Array.from({ length: 24 }, (_, i) => i + 1);

// Best published values (60-minute column, min over the methods listed) from the ORProjects table,
// and its Gurobi column at 10 minutes: what a general MIP solver reached (on that study's machine).
const published = new Map<string, number>();
const gurobi10 = new Map<string, number>();
const [header, ...lines] = readFileSync(`${dataDir}/published_results_orprojects.csv`, 'utf8').trim().split('\n');
const gurobiAt = header!.split(',').indexOf('gurobi');
for (const line of lines) {
	const cells = line.split(',');
	const [name, minutes, ...values] = cells;
	if (minutes === '10' && cells[gurobiAt]) gurobi10.set(name!, Number(cells[gurobiAt]));
	if (minutes !== '60') continue;
	const nums = values.filter((v) => v !== '').map(Number);
	published.set(name!, Math.min(...nums));
}

const results = [];
for (const n of instances) {
	const name = `Instance${n}`;
	const text = readFileSync(`${dataDir}/instances/${name}.txt`, 'utf8');
	const row: Record<string, unknown> = { instance: name, best_published: published.get(name) ?? null, gurobi_10min: gurobi10.get(name) ?? null, time_limit: timeLimit };
	try {
		const out = await rosterCommand(['--format', 'curtois', '--time-limit', String(timeLimit), '--seed', String(seed), ...(threads === null ? [] : ['--threads', threads])], text);
		const check = evaluateAssignments(parseCurtois(text), out.assignments);
		Object.assign(row, { objective: out.objective, lower_bound: out.lower_bound, seconds: out.seconds, verified: check.feasible && check.objective === out.objective, violations: check.violations.length });
	} catch (error) {
		Object.assign(row, { objective: null, error: (error as Error).message });
	}
	console.log(JSON.stringify(row));
	results.push(row);
}
console.log(JSON.stringify({ node: process.version, seed, threads: threads ?? 'default', results }));
