import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { checkDecision, listDecisions, myAutonomy, versionLabels } from '$lib/server/decisions';
import { listActions } from '$lib/server/autonomy-policy';
import { trainingModules } from '$lib/server/training-modules';
import { formText } from '$lib/server/http/form';
import { addDays } from '$lib/domain/people/turnover';
import { customerTiers } from '$lib/domain/autonomy/policy';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor');
	const database = event.locals.database;
	const mine = await myAutonomy(database, user.id, Date.now());
	const recent = await listDecisions(database, { kind: 'self', organizationId: user.organizationId, personId: user.id }, { from: addDays(mine.decider.day, -90), to: mine.decider.day }, 10);
	const currencies = [...new Set(mine.rules.map((r) => r.rule.currency).filter((c): c is string => c !== null))];
	return {
		day: mine.decider.day,
		rules: mine.rules,
		versions: mine.versions,
		recent,
		actions: await listActions(database.db, user.organizationId),
		tiers: customerTiers,
		currencies: currencies.length ? currencies : ['EUR'],
		modules: trainingModules(getLocale()),
		scopeKind: (await dataScope(database, user)).kind
	};
};

export const actions: Actions = {
	check: async (event) => {
		const user = requireRole(event, 'agent', 'supervisor');
		const database = event.locals.database;
		const form = await event.request.formData();
		const raw = { action: formText(form, 'action'), amount: formText(form, 'amount'), currency: formText(form, 'currency'), case_ref: formText(form, 'case_ref'), reason: formText(form, 'reason'), customer_tier: formText(form, 'customer_tier') };
		const out = await checkDecision(database, user.id, raw, Date.now());
		if (!out.ok) return fail(400, { values: raw, errors: out.errors });
		const [version] = await versionLabels(database.db, out.verdict.versionId === null ? [] : [out.verdict.versionId]);
		return { result: { decision: out.decision, verdict: out.verdict, version: version ?? null } };
	}
};
