import { error, fail } from '@sveltejs/kit';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { people, queues } from '$lib/server/db/schema';
import { rulesFor, saveRules } from '$lib/server/scheduling';
import { formList, formText, parseId } from '$lib/server/http/form';
import { parseSkills, validateRules, type RulesField } from '$lib/domain/schedule/rules-input';

async function context(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const mine = await scopeTeams(database, await dataScope(database, user));
	const agents = mine.length
		? await database.db
				.select({ id: people.id, name: people.name, teamId: people.teamId, min: people.contractHoursMin, max: people.contractHoursMax, skills: people.skills })
				.from(people)
				.where(and(inArray(people.teamId, mine.map((t) => t.id)), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')))
				.orderBy(asc(people.name))
		: [];
	// The organization's queues, the skills a planner may give.
	const queueList = await database.db.select({ id: queues.id, name: queues.name }).from(queues).where(eq(queues.organizationId, user.organizationId)).orderBy(asc(queues.name));
	return { user, database, teams: mine, agents, queues: queueList };
}

export const load: PageServerLoad = async (event) => {
	const { database, teams: mine, agents, queues: queueList } = await context(event);
	const rules = await rulesFor(database, agents.map((a) => a.id));
	return { teams: mine, queues: queueList, agents: agents.map((a, i) => ({ ...a, rules: rules[i]! })) };
};

const fields: RulesField[] = ['max_consecutive_days', 'min_rest_hours', 'max_weekends', 'first_start', 'last_start', 'start_step', 'lengths', 'time_off_days', 'break_minutes', 'lunch_minutes'];

export const actions: Actions = {
	save: async (event) => {
		const { user, database, agents, teams: mine, queues: queueList } = await context(event);
		const form = await event.request.formData();
		const target = formText(form, 'target');
		// 'person:<id>' for one agent, 'team:<id>' for every agent of a team (the team's template).
		const [kind, idText] = target.split(':');
		const id = parseId(idText);
		const ids = kind === 'person' ? agents.filter((a) => a.id === id).map((a) => a.id) : kind === 'team' && mine.some((t) => t.id === id) ? agents.filter((a) => a.teamId === id).map((a) => a.id) : [];
		if (!ids.length) error(404, 'not_found');
		const raw = Object.fromEntries(fields.map((f) => [f, formText(form, f)])) as Record<RulesField, string>;
		const skillsRaw = formList(form, 'skills');
		const result = validateRules(raw);
		const skills = parseSkills(skillsRaw, queueList.map((q) => q.id));
		const errors = [...(result.ok ? [] : result.errors), ...(skills.ok ? [] : [skills.error])];
		if (!result.ok || !skills.ok) return fail(400, { target, values: raw, skills: skillsRaw, errors });
		await saveRules(database, ids, result.value, user.id, Date.now(), skills.value);
		return { saved: ids.length };
	}
};
