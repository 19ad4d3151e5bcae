// Autonomy usage per team over a window: how many decisions were taken alone, how many needed
// approval and how those were answered (and how fast), and the money decided alone and approved,
// per currency. Source: the decision log with its reviews. Limits: turnaround counts answered
// approvals only; waiting ones are counted apart, so a slow queue shows as "waiting", not as a
// fast median.
import { median } from './autonomy-index';

export interface DecisionForUsage {
	teamId: number | null;
	outcome: 'autonomous' | 'needs_approval' | 'not_allowed';
	amount: number | null;
	currency: string | null;
	createdAt: number;
	review: { verdict: 'approved' | 'denied'; createdAt: number } | null;
}

export interface TeamUsage {
	teamId: number;
	decisions: number;
	autonomous: number;
	approvals: number;
	approved: number;
	denied: number;
	waiting: number;
	notAllowed: number;
	medianTurnaroundMinutes: number | null;
	spend: Record<string, { alone: number; approved: number }>;
}

export function summarizeUsage(rows: readonly DecisionForUsage[]): TeamUsage[] {
	const byTeam = new Map<number, DecisionForUsage[]>();
	for (const r of rows) if (r.teamId !== null) (byTeam.get(r.teamId) ?? byTeam.set(r.teamId, []).get(r.teamId)!).push(r);
	return [...byTeam.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([teamId, list]) => {
			const spend: TeamUsage['spend'] = {};
			for (const d of list) {
				if (d.amount === null || !d.currency) continue;
				const s = (spend[d.currency] ??= { alone: 0, approved: 0 });
				if (d.outcome === 'autonomous') s.alone += d.amount;
				else if (d.review?.verdict === 'approved') s.approved += d.amount;
			}
			const approvals = list.filter((d) => d.outcome === 'needs_approval');
			const m = median(approvals.filter((d) => d.review).map((d) => (d.review!.createdAt - d.createdAt) / 60_000));
			return {
				teamId,
				decisions: list.length,
				autonomous: list.filter((d) => d.outcome === 'autonomous').length,
				approvals: approvals.length,
				approved: approvals.filter((d) => d.review?.verdict === 'approved').length,
				denied: approvals.filter((d) => d.review?.verdict === 'denied').length,
				waiting: approvals.filter((d) => !d.review).length,
				notAllowed: list.filter((d) => d.outcome === 'not_allowed').length,
				medianTurnaroundMinutes: m === null ? null : Math.round(m),
				spend
			};
		});
}
