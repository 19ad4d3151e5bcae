// One row of an agent-day outcome import (a workforce or reporting system's daily figures per agent),
// checked field by field: the agent (by email) and day, contacts handled, paid minutes worked and
// how many of them were overtime, the shift's local start (HH:MM), and the day's measures: CSAT as
// the share of surveyed contacts rated 4-5 of 5 (0-1) with how many were surveyed, first contact
// resolution as a share (0-1), first reply and total resolution time (seconds), customer effort
// (CES 2.0, 1-7), handle time (seconds) and QA score (0-100). A file is of this kind when its
// header has worked_minutes; otherwise it is one row per interaction (outcome-import.ts).
// Errors use the same shape as the interaction import: row (header = 1), column, why.
// Limits: one row per agent and day; a second row for the same agent and day is refused, and a
// day already stored is replaced by the file's.
import { readAgentDay, readNumber, type OutcomeError } from './outcome-import';

export const agentDayColumns = ['agent_email', 'day', 'contacts', 'worked_minutes', 'overtime_minutes', 'shift_start', 'csat_share', 'csat_responses', 'fcr_share', 'first_reply_seconds', 'resolution_seconds', 'customer_effort', 'handle_seconds', 'qa_score'] as const;
export const agentDayRequired = ['agent_email', 'day', 'contacts', 'worked_minutes', 'shift_start'] as const;

export interface AgentDayRow {
	agentEmail: string;
	day: string;
	contacts: number;
	workedMinutes: number;
	overtimeMinutes: number;
	shiftStartMinute: number;
	csat: number | null;
	csatResponses: number;
	fcr: number | null;
	firstReplySeconds: number | null;
	resolutionSeconds: number | null;
	customerEffort: number | null;
	handleSeconds: number | null;
	qaScore: number | null;
}

/** Which kind of outcome file this header is. */
export function outcomeFileKind(header: readonly string[]): 'agent_day' | 'interaction' {
	return header.includes('worked_minutes') ? 'agent_day' : 'interaction';
}

export function checkAgentDayHeader(header: readonly string[]): { missing: string[]; unknown: string[] } {
	const known = new Set<string>(agentDayColumns);
	return { missing: agentDayRequired.filter((c) => !header.includes(c)), unknown: header.filter((h) => !known.has(h)) };
}

/** `row` is the file's row number (header = 1) for messages. */
export function parseAgentDayRow(raw: Readonly<Record<string, string | undefined>>, row: number, errors: OutcomeError[]): AgentDayRow | null {
	const before = errors.length;
	const text = (c: string) => (raw[c] ?? '').trim();
	const { email, day } = readAgentDay(raw, row, errors);
	const number = (c: string, min: number, max: number, whole: boolean, required = false) => {
		if (required && text(c) === '') errors.push({ row, column: c, code: 'required' });
		return readNumber(text(c), row, c, min, max, whole, errors);
	};
	const contacts = number('contacts', 0, 100_000, true, true);
	const worked = number('worked_minutes', 0, 24 * 60, true, true);
	const overtime = number('overtime_minutes', 0, 24 * 60, true) ?? 0;
	if (worked !== null && overtime > worked) errors.push({ row, column: 'overtime_minutes', code: 'overtime' });
	const start = text('shift_start');
	const clock = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(start);
	if (!clock) errors.push({ row, column: 'shift_start', code: start ? 'time' : 'required' });
	const csat = number('csat_share', 0, 1, false);
	const responses = number('csat_responses', 0, 100_000, true);
	if (csat !== null && responses === null) errors.push({ row, column: 'csat_responses', code: 'required' });
	const value: AgentDayRow = {
		agentEmail: email,
		day,
		contacts: contacts ?? 0,
		workedMinutes: worked ?? 0,
		overtimeMinutes: overtime,
		shiftStartMinute: clock ? Number(clock[1]) * 60 + Number(clock[2]) : 0,
		csat,
		csatResponses: responses ?? 0,
		fcr: number('fcr_share', 0, 1, false),
		firstReplySeconds: number('first_reply_seconds', 0, 30 * 86_400, false),
		resolutionSeconds: number('resolution_seconds', 0, 365 * 86_400, false),
		customerEffort: number('customer_effort', 1, 7, false),
		handleSeconds: number('handle_seconds', 0, 86_400, false),
		qaScore: number('qa_score', 0, 100, false)
	};
	return errors.length === before ? value : null;
}
