import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

// Display data only; every page load and action checks access for itself.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	locale: getLocale()
});
