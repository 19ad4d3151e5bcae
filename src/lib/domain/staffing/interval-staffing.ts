// Staffing requirement for one queue over a sequence of intervals: per interval the required
// (net) agents, scheduled (gross) agents after shrinkage, and the service level, ASA, occupancy,
// P(wait) and P(abandon) that staffing gives. Intervals may carry fixed `agents`, which are then
// evaluated instead of solved.
// Model by channel (glossary): voice and chat queue in seconds, Erlang C (or Erlang A when a
// mean patience is given); chat with concurrency c counts each agent as c servers
// (required-agents.ts); email and other are deferred work, a fluid backlog model over the whole
// sequence (deferred.ts). An explicit `model` overrides the channel default.
// Units: volume = contacts offered in the interval; λ = volume / (intervalMinutes·60) per second;
// traffic A = volume·AHT / (intervalMinutes·60) Erlangs. Starts are ISO 8601 instants with a
// zone designator, strictly increasing, intervals not overlapping (gaps allowed).
// Validation messages use the JSON field names (aht_seconds, service_level, ...) and name the
// interval as `interval <0-based index> (<start as given>)`. Nothing is rounded here.
import { requiredDeferredAgents, type DeferredInterval } from './deferred';
import { idleMetrics, type QueueMetrics } from './erlang-c';
import { StaffingError, StaffingInputError, describeValue } from './errors';
import { evaluateAgents, requiredAgents, targetProblem, type ErlangQueue } from './required-agents';
import { scheduledAgents, totalShrinkage, type ShrinkageCategories } from './shrinkage';

export type Channel = 'voice' | 'chat' | 'email' | 'other';
export type StaffingModel = 'erlang_c' | 'erlang_a' | 'deferred';

export interface StaffingInterval {
	/** ISO 8601 instant with zone, e.g. 2026-01-05T08:00:00Z; echoed as given */
	start: string;
	/** contacts offered in the interval */
	volume: number;
	/** average handle time, seconds (may be absent or 0 when volume is 0) */
	ahtSeconds?: number;
	/** fixed staffing to evaluate instead of solving */
	agents?: number;
}

export interface QueueStaffingConfig {
	channel?: Channel;
	/** default: email/other → deferred; voice/chat → erlang_a when patienceSeconds is set, else erlang_c */
	model?: StaffingModel;
	intervalMinutes: number;
	serviceLevel: number;
	answerSeconds: number;
	asaSeconds?: number;
	maxOccupancy?: number;
	patienceSeconds?: number;
	/** chat: contacts one agent handles at once; 1 otherwise */
	concurrency?: number;
	shrinkage?: number | ShrinkageCategories;
}

export interface IntervalRequirement extends QueueMetrics {
	start: string;
	/** required (net) agents, or the fixed agents given */
	agents: number;
	/** scheduled (gross) agents = ceil(agents / (1 − shrinkage)) */
	scheduled: number;
}

const CHANNELS: readonly string[] = ['voice', 'chat', 'email', 'other'];
const MODELS: readonly string[] = ['erlang_c', 'erlang_a', 'deferred'];

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Epoch milliseconds of an ISO 8601 instant with a zone designator, or null when it is not one (checks the calendar, too). */
export function parseIsoInstant(text: string): number | null {
	const m = ISO_INSTANT.exec(text);
	if (!m) return null;
	const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
	const second = m[6] === undefined ? 0 : Number(m[6]);
	const fraction = m[7] === undefined ? 0 : Number(m[7]);
	if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
	let offsetMinutes = 0;
	if (m[8] !== 'Z') {
		const oh = Number(m[9]);
		const om = Number(m[10]);
		if (oh > 23 || om > 59) return null;
		offsetMinutes = (m[8]!.startsWith('-') ? -1 : 1) * (oh * 60 + om);
	}
	const utc = new Date(0);
	utc.setUTCFullYear(year, month - 1, day); // years before 100 too
	utc.setUTCHours(hour, minute, second, 0);
	return utc.getTime() + fraction * 1000 - offsetMinutes * 60_000;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function configError(field: string, problem: string): StaffingInputError {
	return new StaffingInputError(null, null, field, problem);
}

/** The model a queue uses: explicit, else from the channel and whether a patience is given. */
export function modelFor(config: Pick<QueueStaffingConfig, 'channel' | 'model' | 'patienceSeconds'>): StaffingModel {
	if (config.model !== undefined) return config.model;
	if (config.channel === 'email' || config.channel === 'other') return 'deferred';
	return config.patienceSeconds !== undefined ? 'erlang_a' : 'erlang_c';
}

interface CheckedConfig {
	model: StaffingModel;
	intervalSeconds: number;
	shrinkage: number;
	concurrency: number;
}

function checkConfig(config: QueueStaffingConfig): CheckedConfig {
	if (config.channel !== undefined && !CHANNELS.includes(config.channel)) throw configError('channel', `channel must be one of voice, chat, email, other, got ${describeValue(config.channel)}`);
	if (config.model !== undefined && !MODELS.includes(config.model)) throw configError('model', `model must be "erlang_c", "erlang_a" or "deferred", got ${describeValue(config.model)}`);
	const model = modelFor(config);
	if (!isNumber(config.intervalMinutes) || config.intervalMinutes <= 0) throw configError('interval_minutes', `interval_minutes must be a number > 0, got ${describeValue(config.intervalMinutes)}`);
	if (!isNumber(config.serviceLevel) || !(config.serviceLevel > 0 && config.serviceLevel <= 1))
		throw configError('service_level', `service_level must be a number in (0, 1], got ${describeValue(config.serviceLevel)}`);
	if (!isNumber(config.answerSeconds) || config.answerSeconds < 0) throw configError('answer_seconds', `answer_seconds must be a number >= 0, got ${describeValue(config.answerSeconds)}`);
	if (config.asaSeconds !== undefined && (!isNumber(config.asaSeconds) || config.asaSeconds <= 0))
		throw configError('asa_seconds', `asa_seconds must be a number > 0 (an ASA of 0 needs infinite staffing), got ${describeValue(config.asaSeconds)}`);
	if (config.maxOccupancy !== undefined && (!isNumber(config.maxOccupancy) || !(config.maxOccupancy > 0 && config.maxOccupancy <= 1)))
		throw configError('max_occupancy', `max_occupancy must be a number in (0, 1], got ${describeValue(config.maxOccupancy)}`);
	if (model === 'erlang_a' && (!isNumber(config.patienceSeconds) || config.patienceSeconds <= 0))
		throw configError('patience_seconds', `patience_seconds (mean patience before abandoning) must be a number > 0 for erlang_a, got ${describeValue(config.patienceSeconds)}`);
	const concurrency = config.concurrency ?? 1;
	if (!Number.isInteger(concurrency) || concurrency < 1) throw configError('concurrency', `concurrency must be a whole number >= 1, got ${describeValue(config.concurrency)}`);
	if (concurrency > 1 && config.channel !== undefined && config.channel !== 'chat') throw configError('concurrency', `concurrency applies to chat queues only, got ${concurrency} for ${config.channel}`);
	if (concurrency > 1 && model === 'deferred') throw configError('concurrency', 'concurrency applies to chat (erlang models) only, not deferred work');
	if (model !== 'deferred') {
		const problem = targetProblem({ serviceLevel: config.serviceLevel, answerSeconds: config.answerSeconds, asaSeconds: config.asaSeconds, maxOccupancy: config.maxOccupancy });
		if (problem) throw configError('service_level', problem);
	}
	let shrinkage = 0;
	if (config.shrinkage !== undefined) {
		if (typeof config.shrinkage !== 'number' && (typeof config.shrinkage !== 'object' || config.shrinkage === null))
			throw configError('shrinkage', `shrinkage must be a number in [0, 1) or planned/unplanned categories, got ${describeValue(config.shrinkage)}`);
		try {
			shrinkage = totalShrinkage(config.shrinkage);
		} catch (error) {
			throw configError('shrinkage', error instanceof Error ? error.message : String(error));
		}
	}
	return { model, intervalSeconds: config.intervalMinutes * 60, shrinkage, concurrency };
}

interface CheckedInterval {
	start: string;
	volume: number;
	ahtSeconds: number;
	agents?: number;
}

function checkIntervals(intervals: readonly StaffingInterval[], intervalSeconds: number): CheckedInterval[] {
	if (!Array.isArray(intervals)) throw configError('intervals', `intervals must be an array, got ${describeValue(intervals)}`);
	const checked: CheckedInterval[] = [];
	let previous: { index: number; start: string; ms: number } | null = null;
	intervals.forEach((raw: unknown, index) => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new StaffingInputError(index, null, 'interval', `must be an object with start, volume and aht_seconds, got ${describeValue(raw)}`);
		const interval = raw as Record<string, unknown>;
		const start = interval.start;
		const label = typeof start === 'string' ? start : null;
		const fail = (field: string, problem: string) => new StaffingInputError(index, label, field, problem);
		if (typeof start !== 'string') throw fail('start', `start must be an ISO 8601 date-time with a zone (e.g. 2026-01-05T08:00:00Z), got ${describeValue(start)}`);
		const ms = parseIsoInstant(start);
		if (ms === null) throw fail('start', `start must be an ISO 8601 date-time with a zone (e.g. 2026-01-05T08:00:00Z), got ${describeValue(start)}`);
		if (previous) {
			if (ms === previous.ms) throw fail('start', `start duplicates interval ${previous.index} (${previous.start})`);
			if (ms < previous.ms) throw fail('start', `start must come after interval ${previous.index} (${previous.start}); sort intervals by start`);
			if (ms < previous.ms + intervalSeconds * 1000)
				throw fail('start', `start overlaps interval ${previous.index} (${previous.start}), which lasts ${intervalSeconds / 60} minutes; intervals must not overlap`);
		}
		previous = { index, start, ms };
		const volume = interval.volume;
		if (!isNumber(volume) || volume < 0) throw fail('volume', `volume must be a number >= 0, got ${describeValue(volume)}`);
		const aht = interval.ahtSeconds;
		if (volume > 0 && (!isNumber(aht) || aht <= 0)) throw fail('aht_seconds', `aht_seconds must be a number > 0 when volume > 0, got ${describeValue(aht)}`);
		if (volume === 0 && aht !== undefined && (!isNumber(aht) || aht < 0)) throw fail('aht_seconds', `aht_seconds must be a number >= 0, got ${describeValue(aht)}`);
		const agents = interval.agents;
		if (agents !== undefined && (!isNumber(agents) || !Number.isInteger(agents) || agents < 0)) throw fail('agents', `agents must be a whole number >= 0, got ${describeValue(agents)}`);
		checked.push({ start, volume, ahtSeconds: isNumber(aht) ? aht : 0, agents: agents as number | undefined });
	});
	return checked;
}

/**
 * Required and scheduled agents with their metrics, per interval, for one queue. Throws
 * StaffingInputError (naming the interval and field) for bad input or targets out of reach.
 */
export function staffQueue(intervals: readonly StaffingInterval[], config: QueueStaffingConfig): IntervalRequirement[] {
	const { model, intervalSeconds, shrinkage, concurrency } = checkConfig(config);
	const checked = checkIntervals(intervals, intervalSeconds);
	const result = (interval: CheckedInterval, agents: number, metrics: QueueMetrics): IntervalRequirement => ({
		start: interval.start,
		agents,
		scheduled: scheduledAgents(agents, shrinkage),
		...metrics
	});

	if (model === 'deferred') {
		const deferred: DeferredInterval[] = checked.map((interval) => ({
			startSeconds: parseIsoInstant(interval.start)! / 1000,
			lengthSeconds: intervalSeconds,
			volume: interval.volume,
			ahtSeconds: interval.ahtSeconds,
			agents: interval.agents
		}));
		let solved;
		try {
			solved = requiredDeferredAgents(deferred, {
				serviceLevel: config.serviceLevel,
				answerSeconds: config.answerSeconds,
				asaSeconds: config.asaSeconds,
				productiveShare: config.maxOccupancy
			});
		} catch (error) {
			if (error instanceof StaffingError) throw configError('intervals', error.message);
			throw error;
		}
		return solved.intervals.map((x, i) => result(checked[i]!, x.agents, x.metrics));
	}

	const targets = { serviceLevel: config.serviceLevel, answerSeconds: config.answerSeconds, asaSeconds: config.asaSeconds, maxOccupancy: config.maxOccupancy };
	return checked.map((interval, index) => {
		const queue: ErlangQueue = {
			model,
			trafficErlangs: (interval.volume * interval.ahtSeconds) / intervalSeconds,
			ahtSeconds: interval.ahtSeconds,
			patienceSeconds: config.patienceSeconds,
			concurrency
		};
		try {
			if (interval.agents !== undefined) return result(interval, interval.agents, evaluateAgents(queue, interval.agents, config.answerSeconds));
			if (interval.volume === 0) return result(interval, 0, { ...idleMetrics });
			const solved = requiredAgents(queue, targets);
			return result(interval, solved.agents, solved.metrics);
		} catch (error) {
			if (error instanceof StaffingInputError) throw error;
			if (error instanceof StaffingError) throw new StaffingInputError(index, interval.start, 'targets', error.message);
			throw error;
		}
	});
}
