import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { listAudit } from '$lib/server/audit';
import { parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const before = parseId(event.url.searchParams.get('before'));
	const entries = await listAudit(event.locals.database, user.organizationId, before, 100);
	return { entries, next: entries.length === 100 ? entries[entries.length - 1]!.id : null };
};
