import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createScorecardVersion, latestVersions, listScorecards } from '$lib/server/quality';
import { formText } from '$lib/server/http/form';
import { parseScorecard, type SectionRaw } from '$lib/domain/quality/scorecard';

const rows = { sections: 5, items: 6 };

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	// The form starts from the newest version of the first card, so a change is a new version of it.
	const [template] = latestVersions(await listScorecards(event.locals.database, user.organizationId, Date.now()));
	return { rows, template: template ?? null };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const form = await event.request.formData();
		const sections: SectionRaw[] = Array.from({ length: rows.sections }, (_, i) => ({
			title: formText(form, `s${i}_title`),
			items: Array.from({ length: rows.items }, (_, j) => ({ text: formText(form, `s${i}i${j}_text`), weight: formText(form, `s${i}i${j}_weight`), autoFail: form.get(`s${i}i${j}_auto`) === 'on', allowNa: form.get(`s${i}i${j}_na`) === 'on' }))
		}));
		const name = formText(form, 'name');
		const parsed = parseScorecard(name, sections);
		if (!parsed.ok) return fail(400, { name, sections, errors: parsed.errors });
		const card = await createScorecardVersion(event.locals.database, user.organizationId, parsed.value, user.id, Date.now());
		return { saved: { name: card.name, version: card.version } };
	}
};
