import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { assignableAgents, assignModule, listModules, moduleById, teamTraining, viewModule } from '$lib/server/training';
import { todayOf } from '$lib/server/time-off';
import { formList, formText, parseId } from '$lib/server/http/form';
import { isCalendarDay } from '$lib/domain/time/calendar';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const now = Date.now();
	const today = await todayOf(database, user.id, now);
	const modules = (await listModules(database, user.organizationId, now)).map((row) => ({ id: row.id, title: viewModule(row, getLocale())?.title ?? row.title }));
	return { today, modules, teams: await scopeTeams(database, scope), agents: await assignableAgents(database, scope), progress: await teamTraining(database, scope, getLocale(), today) };
};

export const actions: Actions = {
	assign: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const module = await moduleById(database.db, user.organizationId, parseId(formText(form, 'module')) ?? -1);
		if (!module) error(404, 'not_found');
		const teamText = formText(form, 'team');
		const teamId = teamText ? parseId(teamText) : null;
		const personIds = formList(form, 'people').map((p) => parseId(p)).filter((p): p is number => p !== null);
		const due = formText(form, 'due');
		if (due && !isCalendarDay(due)) return fail(400, { assignError: 'assign_due_past' });
		if (teamId === null && !personIds.length) return fail(400, { assignError: 'assign_nobody' });
		const today = await todayOf(database, user.id);
		const out = await assignModule(database, await dataScope(database, user), module, { teamId, personIds }, due || null, today, user.id, Date.now());
		if (!out.ok) return fail(out.problem === 'assign_out_of_scope' ? 403 : 400, { assignError: out.problem });
		return { assigned: out.assigned };
	}
};
