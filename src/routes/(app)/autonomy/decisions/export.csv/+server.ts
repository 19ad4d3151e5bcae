// The decision log as CSV, same scope and filter as the page, cells neutralised against formulas.
import type { RequestHandler } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { listDecisions } from '$lib/server/decisions';
import { decisionFilterOf } from '$lib/server/decision-filter';
import { todayOf } from '$lib/server/time-off';
import { csvLine } from '$lib/server/http/csv';
import { toMajor } from '$lib/domain/autonomy/money';
import { reviewStatusOf } from '$lib/decision-status';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const filter = decisionFilterOf(event.url.searchParams, await todayOf(database, user.id));
	const rows = await listDecisions(database, scope, filter, 100_000);
	const header = ['decision_id', 'recorded_at', 'day', 'person', 'team', 'action', 'amount', 'currency', 'case_ref', 'customer_tier', 'reason', 'outcome', 'approver_role', 'verdict_reason', 'rule', 'policy_version_id', 'policy_version', 'approval', 'approval_note', 'approved_at'];
	const lines = [csvLine(header)];
	for (const r of rows) {
		const d = r.decision;
		lines.push(
			csvLine([
				d.id,
				new Date(d.createdAt).toISOString(),
				d.day,
				r.name,
				r.teamName ?? '',
				d.action,
				d.amount !== null && d.currency ? toMajor(d.amount, d.currency) : '',
				d.currency ?? '',
				d.caseRef,
				d.customerTier,
				d.reason,
				d.outcome,
				d.approverRole ?? '',
				d.verdictReason,
				d.ruleKey ?? '',
				d.policyVersionId ?? '',
				r.version ?? '',
				reviewStatusOf(d, r.review) ?? '',
				r.review?.note ?? '',
				r.review ? new Date(r.review.createdAt).toISOString() : ''
			])
		);
	}
	return new Response(lines.join(''), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="decisions-${filter.from}-${filter.to}.csv"` }
	});
};
