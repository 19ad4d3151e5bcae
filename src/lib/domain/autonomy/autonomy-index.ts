// The autonomy index per team and ISO week, stored for the outcomes module: of the decisions the
// team's agents checked that week, the share taken alone (autonomy share) and the share the
// customer got at the first contact, alone or with an approval (resolved share), with approval
// turnaround. Source: the decision log. Limits: a week with no decisions has no index (null, not
// 0: no decisions says nothing about autonomy); a pending approval counts in neither share.
import { addDays } from '../people/turnover';
import { isoWeekday } from '../schedule/center-model';

export interface DecisionForIndex {
	teamId: number | null;
	day: string;
	outcome: 'autonomous' | 'needs_approval' | 'not_allowed';
	createdAt: number;
	review: { verdict: 'approved' | 'denied'; createdAt: number } | null;
}

export interface AutonomyIndexRow {
	teamId: number;
	weekStart: string;
	decisions: number;
	autonomous: number;
	needsApproval: number;
	notAllowed: number;
	approved: number;
	denied: number;
	autonomyShare: number;
	resolvedShare: number;
	/** Median minutes from request to review over the reviewed approvals; null when none. */
	medianTurnaroundMinutes: number | null;
}

/** Monday of the ISO week of a calendar day. */
export function isoWeekStart(day: string): string {
	return addDays(day, -isoWeekday(day));
}

export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function computeAutonomyIndex(decisions: readonly DecisionForIndex[]): AutonomyIndexRow[] {
	const groups = new Map<string, DecisionForIndex[]>();
	for (const d of decisions) {
		if (d.teamId === null) continue;
		const key = `${d.teamId}|${isoWeekStart(d.day)}`;
		(groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
	}
	const rows: AutonomyIndexRow[] = [];
	for (const [key, list] of groups) {
		const [team, weekStart] = key.split('|');
		const autonomous = list.filter((d) => d.outcome === 'autonomous').length;
		const approvals = list.filter((d) => d.outcome === 'needs_approval');
		const approved = approvals.filter((d) => d.review?.verdict === 'approved').length;
		const denied = approvals.filter((d) => d.review?.verdict === 'denied').length;
		const turnaround = approvals.filter((d) => d.review).map((d) => (d.review!.createdAt - d.createdAt) / 60_000);
		const m = median(turnaround);
		rows.push({
			teamId: Number(team),
			weekStart: weekStart!,
			decisions: list.length,
			autonomous,
			needsApproval: approvals.length,
			notAllowed: list.filter((d) => d.outcome === 'not_allowed').length,
			approved,
			denied,
			autonomyShare: autonomous / list.length,
			resolvedShare: (autonomous + approved) / list.length,
			medianTurnaroundMinutes: m === null ? null : Math.round(m * 10) / 10
		});
	}
	return rows.sort((a, b) => a.teamId - b.teamId || (a.weekStart < b.weekStart ? -1 : 1));
}
