import { describe, expect, it } from 'vitest';
import { checkAgentDayHeader, outcomeFileKind, parseAgentDayRow } from './agent-day-import';
import type { OutcomeError } from './outcome-import';

const parse = (raw: Record<string, string>) => {
	const errors: OutcomeError[] = [];
	return { value: parseAgentDayRow(raw, 3, errors), errors };
};

describe('agent-day outcome rows', () => {
	it('tells the two kinds of file apart by their header', () => {
		expect(outcomeFileKind(['agent_email', 'day', 'worked_minutes'])).toBe('agent_day');
		expect(outcomeFileKind(['agent_email', 'day', 'csat'])).toBe('interaction');
		expect(checkAgentDayHeader(['agent_email', 'day', 'worked_minutes', 'mood'])).toEqual({ missing: ['contacts', 'shift_start'], unknown: ['mood'] });
	});
	it('reads a full row: shares as shares, the shift start as minutes after midnight', () => {
		expect(parse({ agent_email: ' Ana@Tend.test ', day: '2026-11-02', contacts: '42', worked_minutes: '480', overtime_minutes: '30', shift_start: '07:30', csat_share: '0.85', csat_responses: '20', fcr_share: '0.7', first_reply_seconds: '18.5', resolution_seconds: '3600', customer_effort: '5.5', handle_seconds: '320', qa_score: '81' }).value).toEqual({
			agentEmail: 'ana@tend.test', day: '2026-11-02', contacts: 42, workedMinutes: 480, overtimeMinutes: 30, shiftStartMinute: 450, csat: 0.85, csatResponses: 20, fcr: 0.7, firstReplySeconds: 18.5, resolutionSeconds: 3600, customerEffort: 5.5, handleSeconds: 320, qaScore: 81
		});
	});
	it('needs the day’s work, and defaults what is optional', () => {
		expect(parse({ agent_email: 'a@b.c', day: '2026-11-02', contacts: '0', worked_minutes: '0', shift_start: '0:00' }).value).toMatchObject({ overtimeMinutes: 0, csat: null, csatResponses: 0, shiftStartMinute: 0 });
	});
	it('names each bad field with the row and why', () => {
		const { value, errors } = parse({ agent_email: '', day: '2026-13-01', contacts: '4.5', worked_minutes: '', overtime_minutes: '30', shift_start: '24:00', csat_share: '85', fcr_share: 'high' });
		expect(value).toBeNull();
		expect(errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual(['3:agent_email:required', '3:day:day', '3:contacts:number', '3:worked_minutes:required', '3:shift_start:time', '3:csat_share:range', '3:fcr_share:number']);
	});
	it('refuses overtime beyond the minutes worked and a CSAT share without its survey count', () => {
		expect(parse({ agent_email: 'a@b.c', day: '2026-11-02', contacts: '3', worked_minutes: '60', overtime_minutes: '61', shift_start: '09:00', csat_share: '1' }).errors.map((e) => `${e.column}:${e.code}`)).toEqual(['overtime_minutes:overtime', 'csat_responses:required']);
	});
});
