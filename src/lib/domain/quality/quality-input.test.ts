import { describe, expect, it } from 'vitest';
import { parseCoaching, parseTranscript, parseTranscriptText } from './quality-input';

const text = 'Customer: I was charged twice!\nAgent: I am so sorry, that must be stressful.\nI will refund it now.\n\ncustomer: Thanks.';

describe('quality input', () => {
	it('parses speaker lines, continues unlabelled lines, and names the first bad line', () => {
		expect(parseTranscriptText(text)).toEqual({ ok: true, turns: [{ speaker: 'customer', text: 'I was charged twice!' }, { speaker: 'agent', text: 'I am so sorry, that must be stressful.\nI will refund it now.' }, { speaker: 'customer', text: 'Thanks.' }] });
		expect(parseTranscriptText('\nhello\nAgent: hi')).toEqual({ ok: false, line: 2 });
		expect(parseTranscriptText('  \n')).toEqual({ ok: false, line: 1 });
	});
	it('checks a transcript field by field', () => {
		expect(parseTranscript({ person: '7', channel: 'chat', day: '2026-11-20', title: ' Refund ', text })).toMatchObject({ ok: true, value: { personId: 7, channel: 'chat', day: '2026-11-20', title: 'Refund' } });
		const bad = parseTranscript({ person: 'x', channel: 'fax', day: '2026-13-01', title: '', text: 'hello' });
		expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['person:transcript_agent', 'channel:transcript_channel', 'day:transcript_day', 'title:required', 'text:transcript_line']);
	});
	it('needs feedback and, for each goal filled in, the goal, its measure and a due day from today on', () => {
		const goals = [{ goal: ' Name the feeling ', measure: ' 4 of 5 calls ', due: '2026-12-01' }, { goal: '', measure: '', due: '' }, { goal: 'Close with a next step', measure: '', due: '2026-11-22' }];
		const bad = parseCoaching('ok', goals, '2026-11-23');
		expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['feedback:coaching_feedback', 'goals[2].measure:coaching_measure', 'goals[2].due:coaching_due']);
		expect(parseCoaching(' Good call. ', goals.slice(0, 2), '2026-11-23')).toEqual({ ok: true, value: { feedback: 'Good call.', goals: [{ goal: 'Name the feeling', measure: '4 of 5 calls', due: '2026-12-01' }] } });
	});
});
