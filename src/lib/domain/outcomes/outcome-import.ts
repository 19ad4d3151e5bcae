// One row of an outcome import, checked field by field: the interaction's agent (by email), day,
// channel and optional case reference, and the measures the research uses: CSAT (1-5), first
// contact resolution (yes/no), first reply and total resolution time (seconds), customer effort
// (CES 2.0, 1-7), handle time (seconds), QA score (0-100) and NPS (0-10). Every measure is
// optional, but a row needs at least one. Errors name the row (as the file numbers it, header = 1),
// the column and why, so a center can fix its export.
// Limits: times are seconds, not "mm:ss"; booleans are yes/no, true/false or 1/0.

export const outcomeColumns = ['agent_email', 'day', 'channel', 'case_ref', 'csat', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score', 'nps'] as const;
export const requiredColumns = ['agent_email', 'day'] as const;
const channels = ['voice', 'chat', 'email', 'other'];
const measures = ['csat', 'fcr', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score', 'nps'] as const;

export interface OutcomeRow {
	agentEmail: string;
	day: string;
	channel: string;
	caseRef: string | null;
	csat: number | null;
	fcr: boolean | null;
	firstReplySeconds: number | null;
	resolutionSeconds: number | null;
	customerEffort: number | null;
	handleSeconds: number | null;
	qaScore: number | null;
	nps: number | null;
}

export interface OutcomeError {
	row: number;
	column: string;
	code: 'required' | 'day' | 'channel' | 'case_ref' | 'number' | 'range' | 'boolean' | 'no_measure' | 'unknown_agent' | 'time' | 'overtime' | 'duplicate';
	params?: Record<string, number | string>;
}

/** Columns the file lacks, or has that Tend doesn't know. */
export function checkHeader(header: readonly string[]): { missing: string[]; unknown: string[] } {
	const known = new Set<string>(outcomeColumns);
	return { missing: requiredColumns.filter((c) => !header.includes(c)), unknown: header.filter((h) => !known.has(h)) };
}

/** A real calendar day written YYYY-MM-DD. */
export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** A number cell within [min, max] (whole when asked); blank is null; a bad one adds its error. */
export function readNumber(cell: string, row: number, column: string, min: number, max: number, whole: boolean, errors: OutcomeError[]): number | null {
	if (cell === '') return null;
	const n = Number(cell);
	if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) {
		errors.push({ row, column, code: 'number' });
		return null;
	}
	if (n < min || n > max) {
		errors.push({ row, column, code: 'range', params: { min, max } });
		return null;
	}
	return n;
}

/** The agent's email (lower case) and the day every outcome row starts with, checked. */
export function readAgentDay(raw: Readonly<Record<string, string | undefined>>, row: number, errors: OutcomeError[]): { email: string; day: string } {
	const email = (raw.agent_email ?? '').trim().toLowerCase();
	if (!email) errors.push({ row, column: 'agent_email', code: 'required' });
	const day = (raw.day ?? '').trim();
	if (!isDay(day)) errors.push({ row, column: 'day', code: day ? 'day' : 'required' });
	return { email, day };
}

/** `row` is the file's row number (header = 1) for messages. */
export function parseOutcomeRow(raw: Readonly<Record<string, string | undefined>>, row: number, errors: OutcomeError[]): OutcomeRow | null {
	const before = errors.length;
	const text = (c: string) => (raw[c] ?? '').trim();
	const { email, day } = readAgentDay(raw, row, errors);
	const channel = text('channel').toLowerCase() || 'other';
	if (!channels.includes(channel)) errors.push({ row, column: 'channel', code: 'channel' });
	const caseRef = text('case_ref');
	if (caseRef.length > 64) errors.push({ row, column: 'case_ref', code: 'case_ref' });
	const number = (c: string, min: number, max: number, whole: boolean) => readNumber(text(c), row, c, min, max, whole, errors);
	const fcrText = text('fcr').toLowerCase();
	let fcr: boolean | null = null;
	if (fcrText) {
		if (['yes', 'true', '1', 'y'].includes(fcrText)) fcr = true;
		else if (['no', 'false', '0', 'n'].includes(fcrText)) fcr = false;
		else errors.push({ row, column: 'fcr', code: 'boolean' });
	}
	const value: OutcomeRow = {
		agentEmail: email,
		day,
		channel,
		caseRef: caseRef || null,
		csat: number('csat', 1, 5, true),
		fcr,
		firstReplySeconds: number('first_reply_seconds', 0, 30 * 86_400, false),
		resolutionSeconds: number('resolution_seconds', 0, 365 * 86_400, false),
		customerEffort: number('customer_effort', 1, 7, false),
		handleSeconds: number('handle_seconds', 0, 86_400, false),
		qaScore: number('qa_score', 0, 100, false),
		nps: number('nps', 0, 10, true)
	};
	if (errors.length === before && measures.every((m) => text(m) === '')) errors.push({ row, column: 'csat', code: 'no_measure' });
	return errors.length === before ? value : null;
}
