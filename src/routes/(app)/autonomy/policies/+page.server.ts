import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { canEditPolicy, createCustomAction, ensurePolicy, listActions, publishedVersions } from '$lib/server/autonomy-policy';
import { formText, parseId } from '$lib/server/http/form';
import { todayOf } from '$lib/server/time-off';
import { versionsInEffect } from '$lib/domain/autonomy/policy';
import { policiesInScope } from '$lib/server/autonomy-policy';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const today = await todayOf(database, user.id);
	const published = await publishedVersions(database.db, user.organizationId);
	const inEffect = versionsInEffect(published, today);
	const listed = await policiesInScope(database, scope);
	return {
		today,
		isAdmin: user.role === 'admin',
		actions: await listActions(database.db, user.organizationId),
		policies: listed.map((p) => {
			const versions = p.policy ? published.filter((v) => v.policyId === p.policy!.id) : [];
			return {
				teamId: p.teamId,
				teamName: p.teamName,
				policyId: p.policy?.id ?? null,
				current: p.policy ? (inEffect.find((v) => v.policyId === p.policy!.id) ?? null) : null,
				scheduled: versions.filter((v) => v.effectiveFrom > today).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)),
				editable: canEditPolicy(scope, user.role, { organizationId: user.organizationId, teamId: p.teamId })
			};
		})
	};
};

export const actions: Actions = {
	// Opens a policy, creating it on first use; only someone who may edit it creates it.
	open: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const teamText = formText(form, 'team');
		const teamId = teamText === '' ? null : parseId(teamText);
		if (teamText !== '' && teamId === null) return fail(400, { openError: true });
		const scope = await dataScope(database, user);
		if (!canEditPolicy(scope, user.role, { organizationId: user.organizationId, teamId })) return fail(403, { openError: true });
		if (teamId !== null && !(await policiesInScope(database, scope)).some((p) => p.teamId === teamId)) return fail(404, { openError: true });
		const policy = await ensurePolicy(database, user.organizationId, teamId, Date.now());
		redirect(303, `/autonomy/policies/${policy.id}`);
	},
	addAction: async (event) => {
		const user = requireRole(event, 'admin');
		const form = await event.request.formData();
		const value = { key: formText(form, 'key'), name: formText(form, 'name'), monetary: formText(form, 'monetary') === 'on' };
		const out = await createCustomAction(event.locals.database, user.organizationId, value, user.id, Date.now());
		if (!out.ok) return fail(400, { actionError: out.error, actionValues: value });
		return { actionAdded: true };
	}
};
