import { describe, expect, it } from 'vitest';
import { checkHistoryImport, historyColumns, parseInstant } from './history-import';

const lookups = { intervalMinutes: 15, queues: [{ id: 1, name: 'Voice support' }, { id: 2, name: 'Chat support' }] };
const header = [...historyColumns];
const row = (over: Partial<Record<string, string>> = {}) => ({
	interval_start: '2026-01-05T08:00:00Z',
	queue: 'Voice support',
	offered: '100',
	handled: '95',
	abandoned: '5',
	aht_seconds: '180',
	...over
});

describe('parseInstant', () => {
	it('accepts instants with a zone and refuses local times', () => {
		expect(parseInstant('2026-01-05T08:00:00Z')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseInstant('2026-01-05T09:00+01:00')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(parseInstant('2026-01-05T08:00:00')).toBeNull();
		expect(parseInstant('2026-02-30T08:00:00Z')).toBeNull();
		expect(parseInstant('yesterday')).toBeNull();
	});
});

describe('checkHistoryImport', () => {
	it('accepts good rows, matching queues by name case-insensitively', () => {
		const result = checkHistoryImport(header, [row(), row({ interval_start: '2026-01-05T08:15:00Z', queue: 'chat SUPPORT', handled: '0', abandoned: '0', offered: '0', aht_seconds: '' })], lookups);
		expect(result).toEqual({
			ok: true,
			rows: [
				{ queueId: 1, intervalStart: Date.UTC(2026, 0, 5, 8), intervalMinutes: 15, offered: 100, handled: 95, abandoned: 5, ahtSeconds: 180 },
				{ queueId: 2, intervalStart: Date.UTC(2026, 0, 5, 8, 15), intervalMinutes: 15, offered: 0, handled: 0, abandoned: 0, ahtSeconds: null }
			]
		});
	});
	it('names the missing column', () => {
		expect(checkHistoryImport(header.filter((h) => h !== 'abandoned'), [row()], lookups)).toEqual({ ok: false, problem: 'missing_column', column: 'abandoned' });
	});
	it('refuses an empty file', () => {
		expect(checkHistoryImport(header, [], lookups)).toEqual({ ok: false, problem: 'empty' });
	});
	it('reports every bad field with its row, counting the header as row 1', () => {
		const result = checkHistoryImport(
			header,
			[
				row(),
				row({ interval_start: '2026-01-05T08:07:00Z' }),
				row({ interval_start: '2026-01-05T08:30:00Z', queue: 'Fax', offered: '-3', handled: '1.5', aht_seconds: '0' }),
				row({ interval_start: '2026-01-05T08:45:00Z', offered: '10', handled: '8', abandoned: '5' }),
				row({ interval_start: '2026-01-05T09:00:00Z', aht_seconds: '' }),
				row()
			],
			lookups
		);
		expect(result.ok).toBe(false);
		if (result.ok || result.problem !== 'rows') throw new Error('expected row errors');
		expect(result.errors).toEqual([
			{ row: 3, field: 'interval_start', code: 'aligned', params: { minutes: 15 } },
			{ row: 4, field: 'queue', code: 'queue_unknown', params: { name: 'Fax' } },
			{ row: 4, field: 'offered', code: 'count' },
			{ row: 4, field: 'handled', code: 'count' },
			{ row: 4, field: 'aht_seconds', code: 'aht' },
			{ row: 5, field: 'offered', code: 'counts_exceed' },
			{ row: 6, field: 'aht_seconds', code: 'required' },
			{ row: 7, field: 'interval_start', code: 'duplicate_row', params: { row: 2 } }
		]);
	});
	it('refuses more rows than the limit', () => {
		const many = Array.from({ length: 200_001 }, () => row());
		expect(checkHistoryImport(header, many, lookups)).toEqual({ ok: false, problem: 'too_large', max: 200_000 });
	});
});
