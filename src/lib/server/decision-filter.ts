// The decision log's filter from a query string: a day range (default the last 30 days, at most a
// year), an outcome and a team. Anything unparseable falls back to the default, never to "all".
import { isCalendarDay } from '$lib/domain/time/calendar';
import { addDays } from '$lib/domain/people/turnover';
import type { DecisionFilter } from './decisions';

export function decisionFilterOf(params: URLSearchParams, today: string): DecisionFilter {
	const to = isCalendarDay(params.get('to') ?? '') ? params.get('to')! : today;
	let from = isCalendarDay(params.get('from') ?? '') ? params.get('from')! : addDays(to, -29);
	if (from > to || from < addDays(to, -366)) from = addDays(to, -29);
	const team = Number(params.get('team'));
	return { from, to, outcome: params.get('outcome') ?? undefined, teamId: Number.isInteger(team) && team > 0 ? team : undefined };
}
