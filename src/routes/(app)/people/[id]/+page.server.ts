import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { dataScope, requirePersonInScope, requireUser } from '$lib/server/auth/guard';
import { getPerson, outcomeSummary } from '$lib/server/people';
import { listQueues } from '$lib/server/org';
import { parseId } from '$lib/server/http/form';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

// Agents see their own page, supervisors their teams', HR and admins everyone's; any other id is a 404.
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const id = parseId(event.params.id);
	if (id === null) error(404, 'not_found');
	await requirePersonInScope(database, await dataScope(database, user), id);
	const person = (await getPerson(database, user.organizationId, id))!;
	const queues = await listQueues(database, user.organizationId);
	const today = dayInZone(Date.now(), 'UTC');
	return {
		person,
		skills: queues.filter((q) => person.skills.includes(q.id)).map((q) => q.name),
		today,
		outcomes: await outcomeSummary(database, id, addDays(today, -30))
	};
};
