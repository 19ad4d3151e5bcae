// One search of `tend roster` on its own thread (roster-command.ts runs one per core): solves the
// instance the command parsed and checked, with its seed, until its deadline (ms since the epoch),
// and posts the solver's result back.
import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import type { CurtoisInstance } from '$lib/domain/roster/curtois-format';
import { mulberry32, solveCurtois } from '$lib/domain/roster/curtois-solver';

export interface RosterWorkerInput {
	instance: CurtoisInstance;
	seed: number;
	deadline: number;
}

const input = workerData as RosterWorkerInput;
const highs = await loadHighs();
const result = solveCurtois(highs, input.instance, { timeLimitSeconds: Math.max(0.1, (input.deadline - Date.now()) / 1000), now: Date.now, random: mulberry32(input.seed) });
parentPort!.postMessage(result);
