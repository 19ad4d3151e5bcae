// Importing outcomes from a CSV file: one row per interaction (domain/outcomes/outcome-import.ts)
// or one per agent and day (agent-day-import.ts), told apart by the header. Two streamed passes
// over the file, so memory stays flat however long it is (but for the agent-days seen, to refuse a
// second row of the same agent and day): the first checks every row and stops at nothing (up to 100 errors are listed, with row, column and why);
// only if all rows are good does the second write them, in one transaction, so a bad file stores
// nothing. Agents are matched by email within the organization.
// Limits: the write holds the database's single writer for the length of the import (about
// 20-30 s per million rows here), so other writes wait meanwhile.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { people } from './db/schema';
import { rebuildTeamDaysRaw } from './outcome-aggregates';
import { refreshStaffingAdequacy } from './staffing-adequacy';
import { checkHeader, parseOutcomeRow, type OutcomeError, type OutcomeRow } from '$lib/domain/outcomes/outcome-import';
import { checkAgentDayHeader, outcomeFileKind, parseAgentDayRow, type AgentDayRow } from '$lib/domain/outcomes/agent-day-import';

export const maxErrorsListed = 100;

export type OutcomeImportResult = { ok: true; rows: number; kind: 'interaction' | 'agent_day' } | { ok: false; errors: OutcomeError[]; moreErrors: number; unknownColumns: string[] };


/**
 * Streams the file's rows to `onRows` a parsed chunk at a time (Papa Parse chunk mode, about 10x
 * faster than a row at a time); the parser waits while `onRows` works, so memory stays flat.
 */
function eachChunk(path: string, onRows: (rows: Record<string, string>[]) => Promise<boolean> | boolean): Promise<void> {
	return new Promise((resolve, reject) => {
		Papa.parse(createReadStream(path) as unknown as File, {
			header: true,
			skipEmptyLines: 'greedy',
			transformHeader: (h: string) => h.trim().toLowerCase(),
			chunk: (result, parser) => {
				parser.pause();
				Promise.resolve(onRows(result.data as Record<string, string>[])).then((go) => (go ? parser.resume() : parser.abort()), (error: unknown) => {
					parser.abort();
					reject(error);
				});
			},
			complete: () => resolve(),
			error: (error: Error) => reject(error)
		});
	});
}

// The two kinds of file and how each is read and written.
const kinds = {
	interaction: {
		checkHeader,
		parse: parseOutcomeRow as (raw: Record<string, string>, row: number, errors: OutcomeError[]) => OutcomeRow | AgentDayRow | null,
		table: 'interaction_outcomes',
		columns: ['organization_id', 'person_id', 'case_ref', 'day', 'channel', 'csat', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score', 'nps'],
		values: (organizationId: number, personId: number, r: OutcomeRow) => [organizationId, personId, r.caseRef, r.day, r.channel, r.csat, r.fcr === null ? null : r.fcr ? 1 : 0, r.firstReplySeconds, r.resolutionSeconds, r.customerEffort, r.handleSeconds, r.qaScore, r.nps],
		onConflict: ''
	},
	agent_day: {
		checkHeader: checkAgentDayHeader,
		parse: parseAgentDayRow as (raw: Record<string, string>, row: number, errors: OutcomeError[]) => OutcomeRow | AgentDayRow | null,
		table: 'agent_day_outcomes',
		columns: ['person_id', 'day', 'contacts', 'worked_minutes', 'overtime_minutes', 'shift_start_minute', 'csat', 'csat_responses', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score'],
		values: (_organizationId: number, personId: number, r: AgentDayRow) => [personId, r.day, r.contacts, r.workedMinutes, r.overtimeMinutes, r.shiftStartMinute, r.csat, r.csatResponses, r.fcr, r.firstReplySeconds, r.resolutionSeconds, r.customerEffort, r.handleSeconds, r.qaScore],
		// A day already stored is the center's earlier export of it: the file's figures replace it.
		onConflict: ` ON CONFLICT (person_id, day) DO UPDATE SET ${['contacts', 'worked_minutes', 'overtime_minutes', 'shift_start_minute', 'csat', 'csat_responses', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score'].map((c) => `${c} = excluded.${c}`).join(', ')}`
	}
} as const;

export async function importOutcomes(database: Database, organizationId: number, path: string, actorId: number | null, now: number): Promise<OutcomeImportResult> {
	const agents = new Map((await database.db.select({ id: people.id, email: people.email }).from(people).where(eq(people.organizationId, organizationId))).map((p) => [p.email, p.id]));
	const errors: OutcomeError[] = [];
	let total = 0;
	let row = 1;
	let unknownColumns: string[] = [];
	let kind = 'interaction' as keyof typeof kinds;
	// Agent-day files: the first row of each agent and day, to refuse a second one.
	const firstRowOf = new Map<string, number>();
	let headerChecked = false;
	await eachChunk(path, (rows) => {
		for (const raw of rows) {
			row++;
			if (!headerChecked) {
				headerChecked = true;
				kind = outcomeFileKind(Object.keys(raw));
				const header = kinds[kind].checkHeader(Object.keys(raw));
				unknownColumns = header.unknown;
				if (header.missing.length) {
					total += header.missing.length;
					for (const column of header.missing) errors.push({ row: 1, column, code: 'required' });
					return false;
				}
			}
			const local: OutcomeError[] = [];
			const parsed = kinds[kind].parse(raw, row, local);
			if (parsed && !agents.has(parsed.agentEmail)) local.push({ row, column: 'agent_email', code: 'unknown_agent', params: { email: parsed.agentEmail } });
			if (parsed && kind === 'agent_day') {
				const key = `${parsed.agentEmail}|${parsed.day}`;
				const first = firstRowOf.get(key);
				if (first !== undefined) local.push({ row, column: 'day', code: 'duplicate', params: { row: first } });
				else firstRowOf.set(key, row);
			}
			total += local.length;
			for (const e of local) if (errors.length < maxErrorsListed) errors.push(e);
		}
		return true;
	});
	firstRowOf.clear();
	if (!headerChecked) errors.push({ row: 1, column: 'agent_email', code: 'required' }, { row: 1, column: 'day', code: 'required' });
	if (errors.length) return { ok: false, errors, moreErrors: Math.max(0, total - errors.length), unknownColumns };
	const format = kinds[kind];
	// The write: the writer connection's own transaction with plain multi-row inserts, which is
	// several times faster than building each row through the query builder.
	let written = 0;
	let firstDay = null as string | null;
	let lastDay = null as string | null;
	// Rows a statement: under SQLite's 32,766 bound parameters.
	const batchRows = Math.floor(32_000 / format.columns.length);
	await database.exclusive(async (writer) => {
		const t = await writer.transaction('write');
		try {
			const insert = async (values: (string | number | null)[], count: number) => {
				const rowSql = `(${format.columns.map(() => '?').join(',')})`;
				await t.execute({ sql: `INSERT INTO ${format.table} (${format.columns.join(',')}) VALUES ${Array.from({ length: count }, () => rowSql).join(',')}${format.onConflict}`, args: values });
			};
			let values: (string | number | null)[] = [];
			let count = 0;
			await eachChunk(path, async (rows) => {
				for (const raw of rows) {
					const v = format.parse(raw, 0, [])!;
					if (firstDay === null || v.day < firstDay) firstDay = v.day;
					if (lastDay === null || v.day > lastDay) lastDay = v.day;
					values.push(...(format.values as (o: number, p: number, r: OutcomeRow | AgentDayRow) => (string | number | null)[])(organizationId, agents.get(v.agentEmail)!, v));
					if (++count === batchRows) {
						await insert(values, count);
						written += count;
						values = [];
						count = 0;
					}
				}
				return true;
			});
			if (count) await insert(values, count);
			written += count;
			// The dashboards' team-day sums for the imported days, in the same transaction.
			if (firstDay !== null && lastDay !== null) await rebuildTeamDaysRaw(t, firstDay, lastDay);
			await t.execute({ sql: 'INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)', args: [now, actorId, 'outcomes.import', format.table, null, JSON.stringify({ rows: written, kind })] });
			await t.commit();
		} catch (error) {
			await t.rollback();
			throw error;
		} finally {
			t.close();
		}
	});
	// Worked minutes feed staffing adequacy: refreshed after the import's transaction, so a queue
	// that can't be staffed leaves the import in place (the error is logged).
	if (kind === 'agent_day' && firstDay !== null && lastDay !== null) {
		try {
			await refreshStaffingAdequacy(database, organizationId, firstDay, lastDay);
		} catch (error) {
			console.error('staffing adequacy after an outcome import failed:', error);
		}
	}
	return { ok: true, rows: written, kind };
}
