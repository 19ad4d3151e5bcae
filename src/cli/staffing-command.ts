// `tend staffing`: required agents per interval for one queue (Erlang C, Erlang A, or deferred
// work), JSON in, JSON out. Contract:
//   in:  {"model":"erlang_c"|"erlang_a","interval_minutes":30,"service_level":0.8,"answer_seconds":20,
//         "max_occupancy":0.85?,"shrinkage":0.3?,"patience_seconds":120 (erlang_a only, required there),
//         "intervals":[{"start":"2026-01-05T08:00:00Z","volume":100,"aht_seconds":180,"agents":14?}]}
//        Also accepted (optional): "asa_seconds" (ASA target), "concurrency" (chat contacts per agent),
//        "model":"deferred" (email/other backlog model, see src/lib/domain/staffing/deferred.ts).
//   out: {"intervals":[{"start","agents","scheduled","service_level","asa_seconds","occupancy","p_wait","p_abandon"}]}
// Numbers are full double precision (never rounded). asa_seconds is null when the staffing never
// answers some contacts (Erlang C with agents <= traffic; deferred work left open at the end);
// JSON cannot carry Infinity or NaN, and none is ever written.
import { CliError } from './cli-error';
import { StaffingError } from '$lib/domain/staffing/errors';
import { staffQueue, type QueueStaffingConfig, type StaffingInterval, type StaffingModel } from '$lib/domain/staffing/interval-staffing';

const MODELS = ['erlang_c', 'erlang_a', 'deferred'];

export interface StaffingOutputInterval {
	start: string;
	agents: number;
	scheduled: number;
	service_level: number;
	asa_seconds: number | null;
	occupancy: number;
	p_wait: number;
	p_abandon: number;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
const finiteOr = (x: number, fallback: number): number => (Number.isFinite(x) ? x : fallback);

export async function staffingCommand(input: unknown): Promise<{ intervals: StaffingOutputInterval[] }> {
	let body = input;
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body);
		} catch {
			throw new CliError('staffing reads a JSON object on stdin; the input is not valid JSON');
		}
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CliError('staffing reads a JSON object: {"model", "interval_minutes", "service_level", "answer_seconds", "intervals": [...]}');
	const o = body as Record<string, unknown>;
	if (typeof o.model !== 'string' || !MODELS.includes(o.model))
		throw new CliError(`model must be "erlang_c" or "erlang_a" (or "deferred" for email/other backlog), got ${o.model === undefined ? 'nothing' : JSON.stringify(o.model)}`);
	if (!Array.isArray(o.intervals)) throw new CliError(`intervals must be an array of {start, volume, aht_seconds, agents?}, got ${o.intervals === undefined ? 'nothing' : JSON.stringify(o.intervals).slice(0, 60)}`);
	const intervals: StaffingInterval[] = o.intervals.map((raw: unknown) => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw as StaffingInterval; // the domain names the bad entry
		const x = raw as Record<string, unknown>;
		return { start: x.start, volume: x.volume, ahtSeconds: x.aht_seconds, agents: x.agents } as StaffingInterval;
	});
	let rows;
	try {
		rows = staffQueue(intervals, {
			model: o.model as StaffingModel,
			intervalMinutes: o.interval_minutes as number,
			serviceLevel: o.service_level as number,
			answerSeconds: o.answer_seconds as number,
			asaSeconds: o.asa_seconds as number | undefined,
			maxOccupancy: o.max_occupancy as number | undefined,
			// patience means nothing outside Erlang A; ignored there so callers can send one queue config
			patienceSeconds: o.model === 'erlang_a' ? (o.patience_seconds as number | undefined) : undefined,
			concurrency: o.concurrency as number | undefined,
			shrinkage: o.shrinkage as QueueStaffingConfig['shrinkage']
		});
	} catch (error) {
		if (error instanceof StaffingError) throw new CliError(error.message);
		throw error;
	}
	return {
		intervals: rows.map((row) => ({
			start: row.start,
			agents: row.agents,
			scheduled: row.scheduled,
			service_level: finiteOr(row.serviceLevel, 0),
			asa_seconds: finiteOrNull(row.asaSeconds),
			occupancy: finiteOr(row.occupancy, 1),
			p_wait: finiteOr(row.pWait, 1),
			p_abandon: finiteOr(row.pAbandon, 0)
		}))
	};
}
