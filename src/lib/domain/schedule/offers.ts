// Voluntary time off (VTO) and extra hours: when the plan is over the requirement, a supervisor
// offers agents to leave (part of) a shift; when under, to work more. Pure: what taking an
// offer does to the agent's shift that day, before the caller checks every rule.
// Limits: VTO trims a shift from its start or its end, or removes it whole; a window strictly
// inside a shift would split it in two and is refused. Extra hours extend the day's shift to
// cover the window, or add one when the agent is off; the result stays one shift a day.

export interface Span {
	start: number;
	end: number;
}

export type OfferEffect = { kind: 'remove' } | { kind: 'set'; start: number; end: number } | { kind: 'refused'; reason: 'no_shift' | 'inside' | 'no_overlap' };

export function takeVto(shift: Span | null, window: Span): OfferEffect {
	if (!shift) return { kind: 'refused', reason: 'no_shift' };
	if (window.end <= shift.start || window.start >= shift.end) return { kind: 'refused', reason: 'no_overlap' };
	if (window.start <= shift.start && window.end >= shift.end) return { kind: 'remove' };
	if (window.start <= shift.start) return { kind: 'set', start: window.end, end: shift.end };
	if (window.end >= shift.end) return { kind: 'set', start: shift.start, end: window.start };
	return { kind: 'refused', reason: 'inside' };
}

export function takeExtra(shift: Span | null, window: Span): OfferEffect {
	if (!shift) return { kind: 'set', start: window.start, end: window.end };
	return { kind: 'set', start: Math.min(shift.start, window.start), end: Math.max(shift.end, window.end) };
}

/**
 * A suggested window for an offer: among intervals where `gap(required, scheduled)` is at least
 * one whole agent, the contiguous run of at most `maxMs` with the largest total gap (agents short
 * or over, summed over its intervals); ties go to the earlier window. Null when no interval has a
 * whole agent to spare or to find. Capped so an offer reads as "stay two hours longer", not
 * "work from midnight to midnight", which no one's availability would allow.
 */
export function suggestedWindow(coverage: readonly { start: number; required: number; scheduled: number }[], intervalMs: number, gap: (required: number, scheduled: number) => number, maxMs: number): Span | null {
	const most = Math.max(1, Math.floor(maxMs / intervalMs));
	let best: { span: Span; total: number } | null = null;
	for (let i = 0; i < coverage.length; i++) {
		let total = 0;
		for (let j = i; j < coverage.length && j - i < most; j++) {
			const c = coverage[j]!;
			if (gap(c.required, c.scheduled) < 1 || (j > i && c.start !== coverage[j - 1]!.start + intervalMs)) break;
			total += gap(c.required, c.scheduled);
			if (!best || total > best.total + 1e-9) best = { span: { start: coverage[i]!.start, end: c.start + intervalMs }, total };
		}
	}
	return best?.span ?? null;
}
