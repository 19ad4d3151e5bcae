// How cases ended by the path their decision took: decided alone, approved in time, approved or
// denied after the request escalated, denied, refused by policy. Per case: first contact resolution
// is the first interaction's, CSAT the mean of the case's answers, and a repeat contact is any
// second interaction on the case. Source: interaction outcomes that carry the case reference.
// Limits: descriptive, not causal: agents ask for approval on harder cases, so a gap between paths
// is a prompt to look closer, not proof that autonomy caused it. Paths with fewer than
// `minCases` cases are reported without rates.

export type DecisionPath = 'autonomous' | 'approved' | 'escalated' | 'denied' | 'not_allowed' | 'pending';
export const decisionPaths: readonly DecisionPath[] = ['autonomous', 'approved', 'escalated', 'denied', 'not_allowed', 'pending'];

export interface CaseOutcomeRow {
	decisionId: number;
	outcome: 'autonomous' | 'needs_approval' | 'not_allowed';
	verdict: 'approved' | 'denied' | null;
	escalated: boolean | null;
	csat: number | null;
	fcr: boolean | null;
}

export interface PathOutcome {
	path: DecisionPath;
	cases: number;
	interactions: number;
	fcrRate: number | null;
	meanCsat: number | null;
	repeatRate: number | null;
}

export function pathOf(row: Pick<CaseOutcomeRow, 'outcome' | 'verdict' | 'escalated'>): DecisionPath {
	if (row.outcome === 'autonomous') return 'autonomous';
	if (row.outcome === 'not_allowed') return 'not_allowed';
	if (row.verdict === null) return 'pending';
	if (row.escalated) return 'escalated';
	return row.verdict;
}

/** Rows in interaction order (the first row of a decision is its first contact). */
export function outcomesByPath(rows: readonly CaseOutcomeRow[], minCases = 5): PathOutcome[] {
	const cases = new Map<number, CaseOutcomeRow[]>();
	for (const r of rows) (cases.get(r.decisionId) ?? cases.set(r.decisionId, []).get(r.decisionId)!).push(r);
	return decisionPaths.map((path) => {
		const mine = [...cases.values()].filter((c) => pathOf(c[0]!) === path);
		const first = mine.map((c) => c[0]!.fcr).filter((v): v is boolean => v !== null);
		const csat = mine.flatMap((c) => c.map((r) => r.csat)).filter((v): v is number => v !== null);
		const enough = mine.length >= minCases;
		return {
			path,
			cases: mine.length,
			interactions: mine.reduce((n, c) => n + c.length, 0),
			fcrRate: enough && first.length ? first.filter(Boolean).length / first.length : null,
			meanCsat: enough && csat.length ? csat.reduce((s, v) => s + v, 0) / csat.length : null,
			repeatRate: enough ? mine.filter((c) => c.length > 1).length / mine.length : null
		};
	});
}
