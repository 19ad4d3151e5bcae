import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { staffingCommand } from './staffing-command';

const textbook = {
	model: 'erlang_c',
	interval_minutes: 30,
	service_level: 0.8,
	answer_seconds: 20,
	max_occupancy: 0.85,
	shrinkage: 0.3,
	intervals: [{ start: '2026-01-05T08:00:00Z', volume: 100, aht_seconds: 180 }]
};

async function cliError(input: unknown): Promise<string> {
	try {
		await staffingCommand(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as Error).message;
	}
	throw new Error('expected a CliError');
}

/** Every number in the output survives JSON (no NaN or Infinity, which JSON.stringify turns into null). */
function expectJsonSafe(output: unknown) {
	const walk = (x: unknown): void => {
		if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
		else if (Array.isArray(x)) x.forEach(walk);
		else if (x && typeof x === 'object') Object.values(x).forEach(walk);
	};
	walk(output);
	expect(JSON.parse(JSON.stringify(output))).toEqual(output);
}

describe('tend staffing', () => {
	it('solves the textbook case exactly: 14 agents, 20 scheduled', async () => {
		const out = await staffingCommand(textbook);
		expect(Object.keys(out)).toEqual(['intervals']);
		const [row] = out.intervals;
		expect(Object.keys(row!)).toEqual(['start', 'agents', 'scheduled', 'service_level', 'asa_seconds', 'occupancy', 'p_wait', 'p_abandon']);
		expect(row!.start).toBe('2026-01-05T08:00:00Z');
		expect(row!.agents).toBe(14);
		expect(row!.scheduled).toBe(20);
		expect(Math.abs(row!.service_level - 0.88835001917947)).toBeLessThan(1e-9);
		expect(Math.abs(row!.asa_seconds! - 7.835937011777)).toBeLessThan(1e-9);
		expect(Math.abs(row!.occupancy - 0.714285714285714)).toBeLessThan(1e-9);
		expect(Math.abs(row!.p_wait - 0.17413193359505)).toBeLessThan(1e-9);
		expect(row!.p_abandon).toBe(0);
		expectJsonSafe(out);
	});

	it('echoes starts exactly as given (offsets and fractions untouched)', async () => {
		const out = await staffingCommand({ ...textbook, intervals: [{ start: '2026-01-05T09:00:00+01:00', volume: 100, aht_seconds: 180 }, { start: '2026-01-05T08:30:00.000Z', volume: 0 }] });
		expect(out.intervals.map((r) => r.start)).toEqual(['2026-01-05T09:00:00+01:00', '2026-01-05T08:30:00.000Z']);
	});

	it('evaluates given agents; an unstable staffing gives SL 0, ASA null, occupancy 1, P(wait) 1', async () => {
		const out = await staffingCommand({
			...textbook,
			intervals: [
				{ start: '2026-01-05T08:00:00Z', volume: 100, aht_seconds: 180, agents: 14 },
				{ start: '2026-01-05T08:30:00Z', volume: 100, aht_seconds: 180, agents: 10 },
				{ start: '2026-01-05T09:00:00Z', volume: 100, aht_seconds: 180, agents: 0 }
			]
		});
		expect(out.intervals[0]).toMatchObject({ agents: 14, scheduled: 20 });
		expect(Math.abs(out.intervals[0]!.service_level - 0.88835001917947)).toBeLessThan(1e-9);
		for (const row of out.intervals.slice(1)) expect(row).toMatchObject({ service_level: 0, asa_seconds: null, occupancy: 1, p_wait: 1, p_abandon: 0 });
		expect(out.intervals[2]!.scheduled).toBe(0);
		expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
	});

	it('answers a quiet interval with 0 agents, SL 1, ASA 0, occupancy 0, P(wait) 0', async () => {
		const out = await staffingCommand({ ...textbook, intervals: [{ start: '2026-01-05T08:00:00Z', volume: 0, aht_seconds: 0 }] });
		expect(out.intervals[0]).toEqual({ start: '2026-01-05T08:00:00Z', agents: 0, scheduled: 0, service_level: 1, asa_seconds: 0, occupancy: 0, p_wait: 0, p_abandon: 0 });
	});

	it('treats shrinkage and max occupancy as optional', async () => {
		const { max_occupancy: _m, shrinkage: _s, ...bare } = textbook;
		const [row] = (await staffingCommand(bare)).intervals;
		expect(row!.agents).toBe(14); // the 80/20 target alone needs 14 here too
		expect(row!.scheduled).toBe(14);
	});

	it('runs Erlang A with a patience and reproduces the reference (A01–A05)', async () => {
		const out = await staffingCommand({
			...textbook,
			model: 'erlang_a',
			patience_seconds: 300,
			intervals: [{ start: '2026-01-05T08:00:00Z', volume: 100, aht_seconds: 180, agents: 14 }]
		});
		const [row] = out.intervals;
		expect(Math.abs(row!.p_wait - 0.145260114296361)).toBeLessThan(1e-12);
		expect(Math.abs(row!.p_abandon - 0.0139837441224089)).toBeLessThan(1e-12);
		expect(Math.abs(row!.occupancy - 0.704297325626851)).toBeLessThan(1e-12);
		expect(Math.abs(row!.asa_seconds! / 60 - 0.0699187206120447)).toBeLessThan(1e-12);
		expect(Math.abs(row!.service_level - 0.916792091863547)).toBeLessThan(1e-12);
	});

	it('solves Erlang A and never needs more than Erlang C here', async () => {
		const a = await staffingCommand({ ...textbook, model: 'erlang_a', patience_seconds: 120 });
		expect(a.intervals[0]!.agents).toBeLessThanOrEqual(14);
		expect(a.intervals[0]!.service_level).toBeGreaterThanOrEqual(0.8);
		expect(a.intervals[0]!.occupancy).toBeLessThanOrEqual(0.85);
		expectJsonSafe(a);
	});

	it('accepts the optional asa_seconds target and chat concurrency', async () => {
		const asa = await staffingCommand({ ...textbook, service_level: 0.5, max_occupancy: undefined, answer_seconds: 0, asa_seconds: 120, shrinkage: 0, intervals: [{ start: '2026-01-05T08:00:00Z', volume: 200, aht_seconds: 90 }] });
		expect(asa.intervals[0]!.agents).toBe(12); // C14: ASA <= 120 s for 10 Erlangs
		const chat = await staffingCommand({ ...textbook, concurrency: 2 });
		expect(chat.intervals[0]!.agents).toBe(7);
	});

	it('accepts the JSON text itself', async () => {
		expect((await staffingCommand(JSON.stringify(textbook))).intervals[0]!.agents).toBe(14);
		expect(await cliError('{not json')).toMatch(/not valid JSON/);
	});

	it('runs deferred work and writes null for work never answered', async () => {
		const out = await staffingCommand({
			model: 'deferred',
			interval_minutes: 60,
			service_level: 0.9,
			answer_seconds: 14400,
			intervals: [
				{ start: '2026-01-05T08:00:00Z', volume: 50, aht_seconds: 300 },
				{ start: '2026-01-05T09:00:00Z', volume: 50, aht_seconds: 300, agents: 0 }
			]
		}).catch((e: Error) => e.message);
		expect(out).toMatch(/no constant staffing/);
		const ok = await staffingCommand({
			model: 'deferred',
			interval_minutes: 60,
			service_level: 0.9,
			answer_seconds: 14400,
			intervals: [
				{ start: '2026-01-05T08:00:00Z', volume: 50, aht_seconds: 300, agents: 0 },
				{ start: '2026-01-05T09:00:00Z', volume: 50, aht_seconds: 300 }
			]
		});
		expect(ok.intervals[0]!.agents).toBe(0);
		expect(ok.intervals[1]!.agents).toBeGreaterThan(0);
		expectJsonSafe(ok);
	});

	describe('bad input is a CliError naming the interval', () => {
		const day = (patch: Record<string, unknown>, index = 3) => ({
			...textbook,
			intervals: ['08:00', '08:30', '09:00', '09:30'].map((t, i) => ({ start: `2026-01-05T${t}:00Z`, volume: 100, aht_seconds: 180, ...(i === index ? patch : {}) }))
		});
		it.each([
			['negative volume', day({ volume: -5 }), 'interval 3 (2026-01-05T09:30:00Z): volume must be a number >= 0, got -5'],
			['missing volume', day({ volume: undefined }), 'interval 3 (2026-01-05T09:30:00Z): volume must be a number >= 0, got nothing'],
			['zero aht', day({ aht_seconds: 0 }), 'interval 3 (2026-01-05T09:30:00Z): aht_seconds must be a number > 0 when volume > 0, got 0'],
			['negative aht', day({ aht_seconds: -180 }), 'interval 3 (2026-01-05T09:30:00Z): aht_seconds must be a number > 0 when volume > 0, got -180'],
			['duplicate start', day({ start: '2026-01-05T09:00:00Z' }), 'interval 3 (2026-01-05T09:00:00Z): start duplicates interval 2 (2026-01-05T09:00:00Z)'],
			['unsorted start', day({ start: '2026-01-05T07:30:00Z' }), 'interval 3 (2026-01-05T07:30:00Z): start must come after interval 2 (2026-01-05T09:00:00Z); sort intervals by start'],
			['invalid ISO start', day({ start: '2026-01-05 09:30' }), 'interval 3 (2026-01-05 09:30): start must be an ISO 8601 date-time with a zone (e.g. 2026-01-05T08:00:00Z), got "2026-01-05 09:30"'],
			['fractional agents', day({ agents: 1.5 }), 'interval 3 (2026-01-05T09:30:00Z): agents must be a whole number >= 0, got 1.5']
		])('%s', async (_name, input, message) => {
			expect(await cliError(input)).toBe(message);
		});
		it('refuses targets and settings out of range', async () => {
			expect(await cliError({ ...textbook, service_level: 0 })).toBe('service_level must be a number in (0, 1], got 0');
			expect(await cliError({ ...textbook, service_level: 1.5 })).toBe('service_level must be a number in (0, 1], got 1.5');
			expect(await cliError({ ...textbook, service_level: 1 })).toMatch(/^service_level 1 is impossible/);
			expect(await cliError({ ...textbook, service_level: undefined })).toBe('service_level must be a number in (0, 1], got nothing');
			expect(await cliError({ ...textbook, answer_seconds: -1 })).toBe('answer_seconds must be a number >= 0, got -1');
			expect(await cliError({ ...textbook, interval_minutes: 0 })).toBe('interval_minutes must be a number > 0, got 0');
			expect(await cliError({ ...textbook, interval_minutes: '30' })).toBe('interval_minutes must be a number > 0, got "30"');
			expect(await cliError({ ...textbook, shrinkage: 1 })).toBe('shrinkage must be a number in [0, 1), got 1');
			expect(await cliError({ ...textbook, max_occupancy: 1.5 })).toBe('max_occupancy must be a number in (0, 1], got 1.5');
		});
		it('refuses an unknown model and erlang_a without a patience', async () => {
			expect(await cliError({ ...textbook, model: 'erlang_x' })).toMatch(/^model must be "erlang_c" or "erlang_a"/);
			expect(await cliError({ ...textbook, model: undefined })).toMatch(/got nothing$/);
			expect(await cliError({ ...textbook, model: 'erlang_a' })).toBe('patience_seconds (mean patience before abandoning) must be a number > 0 for erlang_a, got nothing');
			expect(await cliError({ ...textbook, model: 'erlang_a', patience_seconds: 0 })).toMatch(/patience_seconds .* got 0$/);
		});
		it('refuses input that is not an object with an intervals array', async () => {
			expect(await cliError(null)).toMatch(/JSON object/);
			expect(await cliError([textbook])).toMatch(/JSON object/);
			expect(await cliError({ ...textbook, intervals: undefined })).toMatch(/^intervals must be an array/);
			expect(await cliError({ ...textbook, intervals: [null] })).toMatch(/^interval 0 \(\?\): must be an object/);
		});
	});
});
