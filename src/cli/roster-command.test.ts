import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rosterCommand } from './roster-command';
import { CliError } from './cli-error';
import { parseCurtois } from '$lib/domain/roster/curtois-format';
import { evaluateAssignments } from '$lib/domain/roster/curtois-model';

const DATA = new URL('../../../shared/data/curtois-shift-scheduling/instances/', import.meta.url);
const instance = (n: number) => readFileSync(new URL(`Instance${n}.txt`, DATA), 'utf8');

describe('rosterCommand', () => {
	it('refuses an unknown format, a bad time limit, empty or malformed input', async () => {
		await expect(rosterCommand(['--format', 'xml'], instance(1))).rejects.toThrow(/unknown --format "xml"/);
		await expect(rosterCommand(['--time-limit', 'soon'], instance(1))).rejects.toThrow(CliError);
		await expect(rosterCommand(['--format', 'curtois'], '')).rejects.toThrow(/input is empty/);
		await expect(rosterCommand(['--format', 'curtois'], 'SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,abc,\n')).rejects.toThrow(/SECTION_SHIFTS, line 4: shift length in minutes must be a whole number/);
		await expect(rosterCommand(['--verbose'], instance(1))).rejects.toThrow(/unknown option --verbose/);
		await expect(rosterCommand(['--threads', '0'], instance(1))).rejects.toThrow(/--threads must be a whole number from 1 to 16, got "0"/);
		await expect(rosterCommand(['--threads', 'two'], instance(1))).rejects.toThrow(/--threads must be a whole number/);
	});

	// Proven optima (Curtois & Qu benchmark): Instance1 607, Instance2 828.
	it.each([
		[1, 607],
		[2, 828]
	])('solves Instance%i to its proven optimum %i, verified from the assignments alone', async (n, optimum) => {
		const text = instance(n);
		const out = await rosterCommand(['--format', 'curtois', '--time-limit', '25'], text);
		expect(Object.keys(out)).toEqual(['objective', 'lower_bound', 'seconds', 'assignments']);
		expect(out.objective).toBe(optimum);
		expect(out.lower_bound).toBe(optimum);
		expect(out.seconds).toBeLessThan(27);
		const check = evaluateAssignments(parseCurtois(text), out.assignments);
		expect(check.violations).toEqual([]);
		expect(check.objective).toBe(optimum);
		expect(out.assignments[0]).toEqual({ employee: expect.any(String), day: expect.any(Number), shift: expect.any(String) });
	}, 60_000);

	it('runs the search in this thread with --threads 1, to the same proven optimum', async () => {
		const text = instance(1);
		const out = await rosterCommand(['--format', 'curtois', '--time-limit', '25', '--threads', '1', '--seed', '3'], text);
		expect(out.objective).toBe(607);
		expect(out.lower_bound).toBe(607);
		expect(evaluateAssignments(parseCurtois(text), out.assignments).violations).toEqual([]);
	}, 60_000);
});
