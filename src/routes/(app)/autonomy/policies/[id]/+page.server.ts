import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { canEditPolicy, discardDraft, draftOf, freshRuleKey, listActions, policyById, publishDraft, removeDraftRule, saveDraftRule, startDraft, versionsOf } from '$lib/server/autonomy-policy';
import { simulateDraft } from '$lib/server/policy-simulation';
import { trainingModuleKeys, trainingModules } from '$lib/server/training-modules';
import { todayOf } from '$lib/server/time-off';
import { formList, formText, parseId } from '$lib/server/http/form';
import { teams } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { parseRule, ruleToRaw, type RuleRaw } from '$lib/domain/autonomy/policy-input';
import { approverRoles, customerTiers, deciderRoles } from '$lib/domain/autonomy/policy';
import { isCalendarDay } from '$lib/domain/time/calendar';
import { getLocale } from '$lib/paraglide/runtime';

/** The policy, when this person may see it: admins and HR any, supervisors the organization's and their teams'. */
async function visiblePolicy(event: Pick<RequestEvent, 'locals' | 'params' | 'url' | 'request'>, ...roles: ('supervisor' | 'hr' | 'admin')[]) {
	const user = requireRole(event, ...roles);
	const database = event.locals.database;
	const id = parseId(event.params.id);
	const policy = id === null ? null : await policyById(database, user.organizationId, id);
	const scope = await dataScope(database, user);
	if (!policy || (scope.kind === 'teams' && policy.teamId !== null && !scope.teamIds.includes(policy.teamId))) error(404, 'not_found');
	return { user, database, policy, scope, editable: canEditPolicy(scope, user.role, policy) };
}

async function editablePolicy(event: RequestEvent) {
	const found = await visiblePolicy(event, 'supervisor', 'admin');
	if (!found.editable) error(403, 'forbidden');
	return found;
}

function ruleRaw(form: FormData): RuleRaw {
	return {
		key: formText(form, 'key'),
		action: formText(form, 'action'),
		effect: formText(form, 'effect'),
		currency: formText(form, 'currency'),
		per_case: formText(form, 'per_case'),
		per_day: formText(form, 'per_day'),
		per_month: formText(form, 'per_month'),
		approver_role: formText(form, 'approver_role'),
		approval_ceiling: formText(form, 'approval_ceiling'),
		roles: formList(form, 'roles'),
		min_tenure_days: formText(form, 'min_tenure_days'),
		training_module: formText(form, 'training_module'),
		min_qa_score: formText(form, 'min_qa_score'),
		tiers: formList(form, 'tiers')
	};
}

export const load: PageServerLoad = async (event) => {
	const { user, database, policy, editable } = await visiblePolicy(event, 'supervisor', 'hr', 'admin');
	const versions = await versionsOf(database.db, policy.id);
	const draft = versions.find((v) => v.status === 'draft') ?? null;
	const editing = draft ? draft.rules.find((r) => r.key === event.url.searchParams.get('rule')) : undefined;
	const team = policy.teamId === null ? null : (await database.db.select({ name: teams.name }).from(teams).where(eq(teams.id, policy.teamId)))[0];
	return {
		policyId: policy.id,
		teamName: team?.name ?? null,
		editable,
		today: await todayOf(database, user.id),
		published: versions.filter((v) => v.status === 'published'),
		draft: editable ? draft : null,
		editing: editing ? ruleToRaw(editing) : null,
		actions: await listActions(database.db, user.organizationId),
		modules: trainingModules(getLocale()),
		tiers: customerTiers,
		approverRoles,
		deciderRoles
	};
};

export const actions: Actions = {
	startDraft: async (event) => {
		const { user, database, policy } = await editablePolicy(event);
		await startDraft(database, policy.id, user.id, Date.now());
		return { started: true };
	},
	saveRule: async (event) => {
		const { user, database, policy } = await editablePolicy(event);
		const draft = await draftOf(database.db, policy.id);
		if (!draft) return fail(409, { draftGone: true });
		const raw = ruleRaw(await event.request.formData());
		// A new rule gets a key no version of this policy has used; an edited one keeps its key.
		if (!draft.rules.some((r) => r.key === raw.key)) raw.key = await freshRuleKey(database.db, policy.id);
		const parsed = parseRule(raw, await listActions(database.db, user.organizationId), trainingModuleKeys());
		if (!parsed.ok) return fail(400, { ruleValues: raw, ruleErrors: parsed.errors });
		await saveDraftRule(database, draft.id, parsed.rule);
		return { ruleSaved: parsed.rule.key };
	},
	removeRule: async (event) => {
		const { database, policy } = await editablePolicy(event);
		const draft = await draftOf(database.db, policy.id);
		if (!draft || !(await removeDraftRule(database, draft.id, formText(await event.request.formData(), 'key')))) return fail(409, { draftGone: true });
		return { ruleRemoved: true };
	},
	publish: async (event) => {
		const { user, database, policy } = await editablePolicy(event);
		const draft = await draftOf(database.db, policy.id);
		if (!draft) return fail(409, { publishProblem: { code: 'publish_gone' } });
		const form = await event.request.formData();
		const effectiveFrom = formText(form, 'effective_from');
		const target = Number(formText(form, 'response_target'));
		const today = await todayOf(database, user.id);
		if (!isCalendarDay(effectiveFrom)) return fail(400, { publishProblem: { code: 'publish_past', today } });
		const out = await publishDraft(database, draft.id, { effectiveFrom, responseTargetMinutes: target, note: formText(form, 'note').slice(0, 300) }, today, user.id, Date.now());
		if (!out.ok) return fail(400, { publishProblem: out.problem });
		return { published: out.version.version };
	},
	discard: async (event) => {
		const { database, policy } = await editablePolicy(event);
		const draft = await draftOf(database.db, policy.id);
		if (draft) await discardDraft(database, draft.id);
		return { discarded: true };
	},
	simulate: async (event) => {
		const { user, database, policy } = await editablePolicy(event);
		const draft = await draftOf(database.db, policy.id);
		if (!draft) return fail(409, { draftGone: true });
		const daysText = formText(await event.request.formData(), 'days');
		const days = /^\d+$/.test(daysText) ? Math.min(365, Math.max(1, Number(daysText))) : 30;
		const today = await todayOf(database, user.id);
		return { simulation: { days, result: await simulateDraft(database, policy, draft, days, today) } };
	}
};
