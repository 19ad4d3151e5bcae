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
 * The longest run of consecutive intervals where `test(required, scheduled)` holds, as a
 * suggestion for an offer's window; null when there is none.
 */
export function longestSpan(coverage: readonly { start: number; required: number; scheduled: number }[], intervalMs: number, test: (required: number, scheduled: number) => boolean): Span | null {
	let best: Span | null = null;
	let run: Span | null = null;
	for (const c of coverage) {
		if (test(c.required, c.scheduled)) {
			run = run && run.end === c.start ? { start: run.start, end: c.start + intervalMs } : { start: c.start, end: c.start + intervalMs };
			if (!best || run.end - run.start > best.end - best.start) best = run;
		} else run = null;
	}
	return best;
}
