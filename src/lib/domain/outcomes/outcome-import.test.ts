import { describe, expect, it } from 'vitest';
import { checkHeader, parseOutcomeRow, type OutcomeError } from './outcome-import';

const parse = (raw: Record<string, string>) => {
	const errors: OutcomeError[] = [];
	return { value: parseOutcomeRow(raw, 2, errors), errors };
};

describe('outcome import rows', () => {
	it('needs the agent and day columns, and names columns it does not know', () => {
		expect(checkHeader(['agent_email', 'day', 'csat', 'mood'])).toEqual({ missing: [], unknown: ['mood'] });
		expect(checkHeader(['day'])).toEqual({ missing: ['agent_email'], unknown: [] });
	});
	it('reads a full row', () => {
		expect(parse({ agent_email: ' Ana@Tend.test ', day: '2026-11-02', channel: 'Chat', case_ref: 'CS-1', csat: '5', fcr: 'yes', first_reply_seconds: '42.5', resolution_seconds: '3600', customer_effort: '6', handle_seconds: '310', qa_score: '88', nps: '9' }).value).toEqual({
			agentEmail: 'ana@tend.test', day: '2026-11-02', channel: 'chat', caseRef: 'CS-1', csat: 5, fcr: true, firstReplySeconds: 42.5, resolutionSeconds: 3600, customerEffort: 6, handleSeconds: 310, qaScore: 88, nps: 9
		});
	});
	it('names each bad field with the row and why', () => {
		const { value, errors } = parse({ agent_email: '', day: '2026-02-30', channel: 'fax', csat: '6', fcr: 'maybe', nps: '7.5', handle_seconds: 'ten' });
		expect(value).toBeNull();
		expect(errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual(['2:agent_email:required', '2:day:day', '2:channel:channel', '2:fcr:boolean', '2:csat:range', '2:handle_seconds:number', '2:nps:number']);
	});
	it('refuses a row with no measure at all', () => {
		expect(parse({ agent_email: 'a@b.c', day: '2026-11-02' }).errors).toEqual([{ row: 2, column: 'csat', code: 'no_measure' }]);
	});
});
