import { describe, expect, it } from 'vitest';
import { modelFor, parseIsoInstant, staffQueue, type QueueStaffingConfig, type StaffingInterval } from './interval-staffing';
import { StaffingInputError } from './errors';
import { requiredAgents } from './required-agents';

const voice: QueueStaffingConfig = { channel: 'voice', intervalMinutes: 30, serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 };
const at = (hhmm: string) => `2026-01-05T${hhmm}:00Z`;
const interval = (hhmm: string, volume: number, ahtSeconds = 180, agents?: number): StaffingInterval => ({ start: at(hhmm), volume, ahtSeconds, agents });

function inputError(run: () => unknown): StaffingInputError {
	try {
		run();
	} catch (error) {
		if (error instanceof StaffingInputError) return error;
		throw error;
	}
	throw new Error('expected a StaffingInputError');
}

describe('parseIsoInstant', () => {
	it('reads instants with Z or an offset', () => {
		expect(parseIsoInstant('2026-01-05T08:00:00Z')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseIsoInstant('2026-01-05T09:30+01:30')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseIsoInstant('2026-01-05T08:00:00.250Z')).toBe(Date.UTC(2026, 0, 5, 8, 0, 0, 250));
		expect(parseIsoInstant('2028-02-29T00:00:00Z')).toBe(Date.UTC(2028, 1, 29));
	});
	it('refuses non-dates, dates without a zone and impossible calendar days', () => {
		for (const bad of ['2026-02-30T08:00:00Z', '2027-02-29T00:00:00Z', '2026-01-05T24:00:00Z', '2026-01-05 08:00:00Z', '2026-01-05T08:00:00', '2026-13-01T00:00:00Z', 'yesterday', ''])
			expect(parseIsoInstant(bad)).toBeNull();
	});
});

describe('staffQueue, voice', () => {
	it('solves the textbook interval and echoes the start', () => {
		const [row] = staffQueue([interval('08:00', 100)], voice);
		expect(row).toMatchObject({ start: at('08:00'), agents: 14, scheduled: 20, pAbandon: 0 });
		expect(row!.serviceLevel).toBeCloseTo(0.88835001917947, 12);
		expect(row!.occupancy).toBeCloseTo(0.714285714285714, 12);
		expect(row!.pWait).toBeCloseTo(0.17413193359505, 12);
		expect(row!.asaSeconds).toBeCloseTo(7.835937011777, 9); // C·AHT/(N − A) = 0.17413193359505·180/4
	});
	it('evaluates given agents instead of solving, including an unstable staffing', () => {
		const [given, unstable] = staffQueue([interval('08:00', 100, 180, 15), interval('08:30', 100, 180, 10)], voice);
		expect(given).toMatchObject({ agents: 15, scheduled: 22 });
		expect(given!.serviceLevel).toBeCloseTo(0.941453, 6); // C06 is 0.941127 at 19.8 s; this is 20 s
		expect(unstable).toMatchObject({ agents: 10, scheduled: 15, serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, pWait: 1 });
	});
	it('needs nobody for a quiet interval, and aht may be absent there', () => {
		const [row] = staffQueue([{ start: at('08:00'), volume: 0 }], voice);
		expect(row).toEqual({ start: at('08:00'), agents: 0, scheduled: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 });
	});
	it('computes λ from the interval length: 50 contacts in 15 minutes is the textbook load', () => {
		const [row] = staffQueue([interval('08:00', 50)], { ...voice, intervalMinutes: 15 });
		expect(row!.agents).toBe(14);
	});
	it('allows gaps between intervals', () => {
		expect(staffQueue([interval('08:00', 100), interval('12:00', 100)], voice)).toHaveLength(2);
	});
	it('takes shrinkage as planned and unplanned categories (additive)', () => {
		const [row] = staffQueue([interval('08:00', 100)], { ...voice, shrinkage: { planned: { breaks: 0.1, training: 0.05 }, unplanned: { sickness: 0.15 } } });
		expect(row!.scheduled).toBe(20);
	});
	it('uses Erlang A when a patience is given', () => {
		expect(modelFor({ channel: 'voice', patienceSeconds: 120 })).toBe('erlang_a');
		expect(modelFor({ channel: 'voice' })).toBe('erlang_c');
		const [row] = staffQueue([interval('08:00', 100)], { ...voice, patienceSeconds: 300 });
		expect(row!.pAbandon).toBeGreaterThan(0);
		expect(row!.agents).toBeLessThanOrEqual(14);
	});
});

describe('staffQueue, chat and deferred work', () => {
	it('chat with concurrency 2 needs about half the agents', () => {
		const chat: QueueStaffingConfig = { channel: 'chat', intervalMinutes: 30, serviceLevel: 0.8, answerSeconds: 60, concurrency: 2 };
		const [row] = staffQueue([interval('08:00', 120, 600)], chat);
		const servers = requiredAgents({ model: 'erlang_c', trafficErlangs: 40, ahtSeconds: 600 }, { serviceLevel: 0.8, answerSeconds: 60 }).agents;
		expect(row!.agents).toBe(Math.ceil(servers / 2));
	});
	it('email is deferred work against a response-time target, with one level for the day', () => {
		const email: QueueStaffingConfig = { channel: 'email', intervalMinutes: 60, serviceLevel: 0.9, answerSeconds: 4 * 3600, maxOccupancy: 0.85 };
		expect(modelFor(email)).toBe('deferred');
		const rows = staffQueue(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00'].map((t, i) => interval(t, [30, 80, 60, 40, 70, 90, 20, 5][i]!, 420)), email);
		expect(new Set(rows.map((r) => r.agents)).size).toBe(1);
		expect(rows.every((r) => r.serviceLevel >= 0.9)).toBe(true);
		expect(rows.every((r) => r.pAbandon === 0)).toBe(true);
	});
	it('concurrency belongs to chat', () => {
		expect(inputError(() => staffQueue([], { ...voice, concurrency: 2 })).message).toMatch(/chat/);
	});
});

describe('staffQueue validation names the interval and field', () => {
	const three = [interval('08:00', 100), interval('08:30', 100), interval('09:00', 100)];
	it.each([
		['negative volume', { volume: -5 }, 'volume', 'interval 2 (2026-01-05T09:00:00Z): volume must be a number >= 0, got -5'],
		['missing volume', { volume: undefined }, 'volume', 'interval 2 (2026-01-05T09:00:00Z): volume must be a number >= 0, got nothing'],
		['text volume', { volume: '100' }, 'volume', 'interval 2 (2026-01-05T09:00:00Z): volume must be a number >= 0, got "100"'],
		['zero aht', { ahtSeconds: 0 }, 'aht_seconds', 'interval 2 (2026-01-05T09:00:00Z): aht_seconds must be a number > 0 when volume > 0, got 0'],
		['fractional agents', { agents: 2.5 }, 'agents', 'interval 2 (2026-01-05T09:00:00Z): agents must be a whole number >= 0, got 2.5'],
		['invalid date', { start: '2026-02-30T09:00:00Z' }, 'start', 'interval 2 (2026-02-30T09:00:00Z): start must be an ISO 8601 date-time with a zone (e.g. 2026-01-05T08:00:00Z), got "2026-02-30T09:00:00Z"'],
		['duplicate start', { start: at('08:30') }, 'start', 'interval 2 (2026-01-05T08:30:00Z): start duplicates interval 1 (2026-01-05T08:30:00Z)'],
		['unsorted start', { start: at('07:00') }, 'start', 'interval 2 (2026-01-05T07:00:00Z): start must come after interval 1 (2026-01-05T08:30:00Z); sort intervals by start'],
		['overlap', { start: at('08:45') }, 'start', 'interval 2 (2026-01-05T08:45:00Z): start overlaps interval 1 (2026-01-05T08:30:00Z), which lasts 30 minutes; intervals must not overlap']
	])('%s', (_name, patch, field, message) => {
		const bad = three.map((x, i) => (i === 2 ? ({ ...x, ...patch } as StaffingInterval) : x));
		const error = inputError(() => staffQueue(bad, voice));
		expect(error.index).toBe(2);
		expect(error.field).toBe(field);
		expect(error.message).toBe(message);
	});
	it('names a missing start and a non-object interval', () => {
		expect(inputError(() => staffQueue([{ volume: 1 } as unknown as StaffingInterval], voice)).message).toBe(
			'interval 0 (?): start must be an ISO 8601 date-time with a zone (e.g. 2026-01-05T08:00:00Z), got nothing'
		);
		expect(inputError(() => staffQueue([42 as unknown as StaffingInterval], voice)).message).toMatch(/^interval 0 \(\?\): must be an object/);
	});
	it('checks the queue config', () => {
		expect(inputError(() => staffQueue([], { ...voice, serviceLevel: 1.2 })).field).toBe('service_level');
		expect(inputError(() => staffQueue([], { ...voice, serviceLevel: 1 })).message).toMatch(/impossible/);
		expect(inputError(() => staffQueue([], { ...voice, answerSeconds: -1 })).field).toBe('answer_seconds');
		expect(inputError(() => staffQueue([], { ...voice, intervalMinutes: 0 })).field).toBe('interval_minutes');
		expect(inputError(() => staffQueue([], { ...voice, maxOccupancy: 0 })).field).toBe('max_occupancy');
		expect(inputError(() => staffQueue([], { ...voice, shrinkage: 1 })).field).toBe('shrinkage');
		expect(inputError(() => staffQueue([], { ...voice, model: 'erlang_a' })).field).toBe('patience_seconds');
		expect(inputError(() => staffQueue([], { ...voice, model: 'erlang_x' as 'erlang_a' })).field).toBe('model');
		expect(staffQueue([], voice)).toEqual([]);
	});
});
