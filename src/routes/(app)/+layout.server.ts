import type { LayoutServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

// Supplies the shell; each page's own load is the guard for its data.
export const load: LayoutServerLoad = (event) => {
	const user = requireUser(event);
	return { shell: { name: user.name, role: user.role } };
};
