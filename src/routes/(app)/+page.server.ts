import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { adminHome, agentHome, hrHome, supervisorHome } from '$lib/server/home';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const now = Date.now();
	switch (user.role) {
		case 'agent':
			return { home: await agentHome(database, user, now), name: user.name };
		case 'supervisor':
			return { home: await supervisorHome(database, user, now), name: user.name };
		case 'hr':
			return { home: await hrHome(database, user, now), name: user.name };
		case 'admin':
			return { home: await adminHome(database, user), name: user.name };
	}
};
