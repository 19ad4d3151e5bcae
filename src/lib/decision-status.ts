// A decision's approval state for display, shared by pages and the CSV export.
export type ReviewStatus = 'pending' | 'approved' | 'denied';

export function reviewStatusOf(d: { outcome: string }, review: { verdict: 'approved' | 'denied' } | null): ReviewStatus | null {
	if (d.outcome !== 'needs_approval') return null;
	return review ? review.verdict : 'pending';
}
