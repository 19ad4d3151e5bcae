import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { listPeople } from '$lib/server/people';
import { personStatuses } from '$lib/domain/people/person-input';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const query = event.url.searchParams.get('q') ?? '';
	const statusParam = event.url.searchParams.get('status') ?? 'active';
	const status = (personStatuses as readonly string[]).includes(statusParam) ? (statusParam as (typeof personStatuses)[number]) : undefined;
	const people = await listPeople(database, scope, { query, status, limit: 1000 });
	return { people, query, status: status ?? '', scopeKind: scope.kind };
};
