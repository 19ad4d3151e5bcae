// Transcripts and coaching sessions as people submit them, checked field by field before anything
// is stored (whether the agent exists and is in the submitter's scope is the server's to check).
// A transcript is "Customer: …" / "Agent: …" lines (a line without a speaker continues the turn
// before it), on a channel (voice, chat, email) and day, with a title of at most 120 characters and
// at most 50,000 characters of text. Coaching feedback is 3 to 5,000 characters; each goal filled
// in needs the goal, how progress is measured (each at most 300 characters) and a due day from
// the agent's today on. Blank goal rows are left out.
import { isCalendarDay } from '../time/calendar';

export interface QualityError {
	field: string;
	code: string;
	params?: Record<string, number | string>;
}

export type Turn = { speaker: 'customer' | 'agent'; text: string };

/** Parses "Customer: …" / "Agent: …" lines; the first line that has no speaker and nothing to continue is named. */
export function parseTranscriptText(text: string): { ok: true; turns: Turn[] } | { ok: false; line: number } {
	const turns: Turn[] = [];
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (!line) continue;
		const m = /^(customer|agent)\s*:\s*(.*)$/i.exec(line);
		if (m) turns.push({ speaker: m[1]!.toLowerCase() as Turn['speaker'], text: m[2]!.trim() });
		else if (turns.length) turns[turns.length - 1]!.text += `\n${line}`;
		else return { ok: false, line: i + 1 };
	}
	return turns.length ? { ok: true, turns } : { ok: false, line: 1 };
}

export interface TranscriptRaw {
	person: string;
	channel: string;
	day: string;
	title: string;
	text: string;
}

export function parseTranscript(raw: TranscriptRaw): { ok: true; value: { personId: number; channel: 'voice' | 'chat' | 'email'; day: string; title: string; turns: Turn[] } } | { ok: false; errors: QualityError[] } {
	const errors: QualityError[] = [];
	const personId = Number(raw.person);
	if (!Number.isInteger(personId) || personId <= 0) errors.push({ field: 'person', code: 'transcript_agent' });
	if (!['voice', 'chat', 'email'].includes(raw.channel)) errors.push({ field: 'channel', code: 'transcript_channel' });
	if (!isCalendarDay(raw.day)) errors.push({ field: 'day', code: 'transcript_day' });
	const title = raw.title.trim();
	if (!title || title.length > 120) errors.push({ field: 'title', code: title ? 'too_long' : 'required', params: { max: 120 } });
	if (raw.text.length > 50_000) errors.push({ field: 'text', code: 'too_long', params: { max: 50_000 } });
	const parsed = parseTranscriptText(raw.text);
	if (!parsed.ok) errors.push({ field: 'text', code: 'transcript_line', params: { line: parsed.line } });
	if (errors.length || !parsed.ok) return { ok: false, errors };
	return { ok: true, value: { personId, channel: raw.channel as 'voice' | 'chat' | 'email', day: raw.day, title, turns: parsed.turns } };
}

export interface GoalRaw {
	goal: string;
	measure: string;
	due: string;
}

/** Feedback and the goals filled in; `today` is the agent's calendar day. */
export function parseCoaching(feedbackRaw: string, goalsRaw: readonly GoalRaw[], today: string): { ok: true; value: { feedback: string; goals: GoalRaw[] } } | { ok: false; errors: QualityError[] } {
	const errors: QualityError[] = [];
	const feedback = feedbackRaw.trim();
	if (feedback.length < 3 || feedback.length > 5000) errors.push({ field: 'feedback', code: 'coaching_feedback' });
	const goals = goalsRaw.map((g, i) => ({ g, i })).filter(({ g }) => g.goal.trim() || g.measure.trim() || g.due.trim());
	for (const { g, i } of goals) {
		if (!g.goal.trim() || g.goal.length > 300) errors.push({ field: `goals[${i}].goal`, code: 'required' });
		if (!g.measure.trim() || g.measure.length > 300) errors.push({ field: `goals[${i}].measure`, code: 'coaching_measure' });
		if (!isCalendarDay(g.due) || g.due < today) errors.push({ field: `goals[${i}].due`, code: 'coaching_due' });
	}
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { feedback, goals: goals.map(({ g }) => ({ goal: g.goal.trim(), measure: g.measure.trim(), due: g.due })) } };
}
