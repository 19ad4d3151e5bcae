// Validation of interval history from a CSV: one row per queue and interval start, as an ACD or
// ticketing system exports it. All or nothing: the caller writes only when no row fails.
// Limits: instants must carry a zone (Z or ±hh:mm), so a file never depends on the server's zone.

import { isCalendarDay } from '../time/calendar';

export const historyColumns = ['interval_start', 'queue', 'offered', 'handled', 'abandoned', 'aht_seconds'] as const;
export const maxHistoryRows = 200_000;
export const intervalChoices = [5, 15, 30, 60] as const;

export type HistoryField = (typeof historyColumns)[number];
export type HistoryErrorCode = 'required' | 'instant' | 'aligned' | 'queue_unknown' | 'count' | 'counts_exceed' | 'aht' | 'duplicate_row';

export interface HistoryRowError {
	/** 1-based line in the file, the header being line 1. */
	row: number;
	field: HistoryField;
	code: HistoryErrorCode;
	params?: Record<string, string | number>;
}

export interface HistoryRow {
	queueId: number;
	intervalStart: number;
	intervalMinutes: number;
	offered: number;
	handled: number;
	abandoned: number;
	ahtSeconds: number | null;
}

export type HistoryCheck =
	| { ok: true; rows: HistoryRow[] }
	| { ok: false; problem: 'empty' }
	| { ok: false; problem: 'too_large'; max: number }
	| { ok: false; problem: 'missing_column'; column: string }
	| { ok: false; problem: 'rows'; errors: HistoryRowError[] };

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(text: string): number | null {
	if (!instantPattern.test(text)) return null;
	// Date.parse rolls 30 February over into March; a wrong date is an error, not a guess.
	if (!isCalendarDay(text.slice(0, 10)) || Number(text.slice(11, 13)) > 23 || Number(text.slice(14, 16)) > 59) return null;
	const ms = Date.parse(text);
	return Number.isFinite(ms) ? ms : null;
}

function parseCount(text: string): number | null {
	if (!/^\d{1,9}$/.test(text)) return null;
	return Number(text);
}

export function checkHistoryImport(
	header: readonly string[],
	rows: readonly Record<string, string>[],
	lookups: { intervalMinutes: number; queues: readonly { id: number; name: string }[] }
): HistoryCheck {
	const columns = header.map((h) => h.trim().toLowerCase());
	for (const column of historyColumns) if (!columns.includes(column)) return { ok: false, problem: 'missing_column', column };
	if (!rows.length) return { ok: false, problem: 'empty' };
	if (rows.length > maxHistoryRows) return { ok: false, problem: 'too_large', max: maxHistoryRows };
	const stepMs = lookups.intervalMinutes * 60_000;
	const queuesByName = new Map(lookups.queues.map((q) => [q.name.toLocaleLowerCase(), q.id]));
	const errors: HistoryRowError[] = [];
	const out: HistoryRow[] = [];
	const seen = new Map<string, number>();
	rows.forEach((cells, index) => {
		const row = index + 2;
		const get = (key: HistoryField) => (cells[key] ?? '').trim();
		const rowErrors: HistoryRowError[] = [];
		const startText = get('interval_start');
		const start = startText ? parseInstant(startText) : null;
		if (!startText) rowErrors.push({ row, field: 'interval_start', code: 'required' });
		else if (start === null) rowErrors.push({ row, field: 'interval_start', code: 'instant' });
		else if (start % stepMs !== 0) rowErrors.push({ row, field: 'interval_start', code: 'aligned', params: { minutes: lookups.intervalMinutes } });
		const queueName = get('queue');
		const queueId = queuesByName.get(queueName.toLocaleLowerCase());
		if (!queueName) rowErrors.push({ row, field: 'queue', code: 'required' });
		else if (queueId === undefined) rowErrors.push({ row, field: 'queue', code: 'queue_unknown', params: { name: queueName } });
		const counts = {} as Record<'offered' | 'handled' | 'abandoned', number | null>;
		for (const field of ['offered', 'handled', 'abandoned'] as const) {
			const text = get(field);
			counts[field] = parseCount(text);
			if (!text) rowErrors.push({ row, field, code: 'required' });
			else if (counts[field] === null) rowErrors.push({ row, field, code: 'count' });
		}
		const { offered, handled, abandoned } = counts;
		if (offered !== null && handled !== null && abandoned !== null && handled + abandoned > offered) rowErrors.push({ row, field: 'offered', code: 'counts_exceed' });
		const ahtText = get('aht_seconds');
		let ahtSeconds: number | null = null;
		if (ahtText) {
			ahtSeconds = Number(ahtText);
			if (!Number.isFinite(ahtSeconds) || ahtSeconds <= 0 || ahtSeconds > 86_400) rowErrors.push({ row, field: 'aht_seconds', code: 'aht' });
		} else if (handled !== null && handled > 0) rowErrors.push({ row, field: 'aht_seconds', code: 'required' });
		if (start !== null && queueId !== undefined) {
			const key = `${queueId}@${start}`;
			const first = seen.get(key);
			if (first !== undefined) rowErrors.push({ row, field: 'interval_start', code: 'duplicate_row', params: { row: first } });
			else seen.set(key, row);
		}
		if (rowErrors.length) errors.push(...rowErrors);
		else out.push({ queueId: queueId!, intervalStart: start!, intervalMinutes: lookups.intervalMinutes, offered: offered!, handled: handled!, abandoned: abandoned!, ahtSeconds: handled === 0 ? null : ahtSeconds });
	});
	return errors.length ? { ok: false, problem: 'rows', errors } : { ok: true, rows: out };
}
