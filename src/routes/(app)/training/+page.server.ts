import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { myTraining } from '$lib/server/training';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'admin');
	return { ...(await myTraining(event.locals.database, user.id, user.organizationId, getLocale(), Date.now())), planner: user.role !== 'agent' };
};
