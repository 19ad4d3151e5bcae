// Importing interaction outcomes from a CSV file (domain/outcomes/outcome-import.ts checks each
// row). Two streamed passes over the file, so memory stays flat however long it is: the first
// checks every row and stops at nothing (up to 100 errors are listed, with row, column and why);
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
import { checkHeader, parseOutcomeRow, type OutcomeError, type OutcomeRow } from '$lib/domain/outcomes/outcome-import';

export const maxErrorsListed = 100;
// 13 parameters a row: 2,000 rows stay under SQLite's 32,766 bound parameters a statement.
const batchRows = 2000;

export type OutcomeImportResult = { ok: true; rows: number } | { ok: false; errors: OutcomeError[]; moreErrors: number; unknownColumns: string[] };

const columns = ['organization_id', 'person_id', 'case_ref', 'day', 'channel', 'csat', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score', 'nps'];

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

export async function importOutcomes(database: Database, organizationId: number, path: string, actorId: number | null, now: number): Promise<OutcomeImportResult> {
	const agents = new Map((await database.db.select({ id: people.id, email: people.email }).from(people).where(eq(people.organizationId, organizationId))).map((p) => [p.email, p.id]));
	const errors: OutcomeError[] = [];
	let total = 0;
	let row = 1;
	let unknownColumns: string[] = [];
	let headerChecked = false;
	await eachChunk(path, (rows) => {
		for (const raw of rows) {
			row++;
			if (!headerChecked) {
				headerChecked = true;
				const header = checkHeader(Object.keys(raw));
				unknownColumns = header.unknown;
				if (header.missing.length) {
					total += header.missing.length;
					for (const column of header.missing) errors.push({ row: 1, column, code: 'required' });
					return false;
				}
			}
			const local: OutcomeError[] = [];
			const parsed = parseOutcomeRow(raw, row, local);
			if (parsed && !agents.has(parsed.agentEmail)) local.push({ row, column: 'agent_email', code: 'unknown_agent', params: { email: parsed.agentEmail } });
			total += local.length;
			for (const e of local) if (errors.length < maxErrorsListed) errors.push(e);
		}
		return true;
	});
	if (!headerChecked) errors.push({ row: 1, column: 'agent_email', code: 'required' }, { row: 1, column: 'day', code: 'required' });
	if (errors.length) return { ok: false, errors, moreErrors: Math.max(0, total - errors.length), unknownColumns };
	// The write: the writer connection's own transaction with plain multi-row inserts, which is
	// several times faster than building each row through the query builder.
	let written = 0;
	let firstDay = null as string | null;
	let lastDay = null as string | null;
	await database.exclusive(async (writer) => {
		const t = await writer.transaction('write');
		try {
			const insert = async (values: (string | number | null)[], count: number) => {
				const rowSql = `(${columns.map(() => '?').join(',')})`;
				await t.execute({ sql: `INSERT INTO interaction_outcomes (${columns.join(',')}) VALUES ${Array.from({ length: count }, () => rowSql).join(',')}`, args: values });
			};
			let values: (string | number | null)[] = [];
			let count = 0;
			await eachChunk(path, async (rows) => {
				for (const raw of rows) {
					const v: OutcomeRow = parseOutcomeRow(raw, 0, [])!;
					if (firstDay === null || v.day < firstDay) firstDay = v.day;
					if (lastDay === null || v.day > lastDay) lastDay = v.day;
					values.push(organizationId, agents.get(v.agentEmail)!, v.caseRef, v.day, v.channel, v.csat, v.fcr === null ? null : v.fcr ? 1 : 0, v.firstReplySeconds, v.resolutionSeconds, v.customerEffort, v.handleSeconds, v.qaScore, v.nps);
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
			await t.execute({ sql: 'INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)', args: [now, actorId, 'outcomes.import', 'interaction_outcomes', null, JSON.stringify({ rows: written })] });
			await t.commit();
		} catch (error) {
			await t.rollback();
			throw error;
		} finally {
			t.close();
		}
	});
	return { ok: true, rows: written };
}
