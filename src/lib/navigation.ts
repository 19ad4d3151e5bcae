import type { Role } from '$lib/server/db/schema/org';

export type NavKey = 'home' | 'my_schedule' | 'availability' | 'time_off' | 'fairness' | 'training' | 'training_team' | 'quality' | 'coaching' | 'people_health' | 'surveys' | 'risk' | 'my_data' | 'admin_outcomes' | 'outcomes' | 'autonomy' | 'decisions' | 'approvals' | 'policies' | 'autonomy_usage' | 'people' | 'staffing' | 'schedules' | 'admin_people' | 'admin_teams' | 'admin_sites' | 'admin_queues' | 'audit';

export interface NavItem {
	key: NavKey;
	href: string;
	roles: readonly Role[];
}

// Mirrors what each route's guard allows; the guard, not this list, is what refuses.
export const navItems: readonly NavItem[] = [
	{ key: 'home', href: '/', roles: ['agent', 'supervisor', 'hr', 'admin'] },
	{ key: 'my_schedule', href: '/my-schedule', roles: ['agent'] },
	{ key: 'availability', href: '/availability', roles: ['agent'] },
	{ key: 'time_off', href: '/time-off', roles: ['agent'] },
	{ key: 'fairness', href: '/fairness', roles: ['agent'] },
	{ key: 'training', href: '/training', roles: ['agent', 'supervisor', 'admin'] },
	{ key: 'training_team', href: '/training/team', roles: ['supervisor', 'admin'] },
	{ key: 'quality', href: '/quality', roles: ['supervisor', 'admin'] },
	{ key: 'coaching', href: '/coaching', roles: ['agent', 'supervisor', 'admin'] },
	{ key: 'autonomy', href: '/autonomy', roles: ['agent', 'supervisor'] },
	{ key: 'decisions', href: '/autonomy/decisions', roles: ['agent', 'supervisor', 'hr', 'admin'] },
	{ key: 'approvals', href: '/autonomy/approvals', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'policies', href: '/autonomy/policies', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'autonomy_usage', href: '/autonomy/usage', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'people', href: '/people', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'risk', href: '/risk', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'surveys', href: '/surveys', roles: ['agent', 'supervisor', 'hr', 'admin'] },
	{ key: 'outcomes', href: '/outcomes', roles: ['agent', 'supervisor', 'hr', 'admin'] },
	{ key: 'people_health', href: '/people-health', roles: ['supervisor', 'hr', 'admin'] },
	{ key: 'staffing', href: '/staffing', roles: ['supervisor', 'admin'] },
	{ key: 'schedules', href: '/schedules', roles: ['supervisor', 'admin'] },
	{ key: 'my_data', href: '/my-data', roles: ['agent', 'supervisor', 'hr', 'admin'] },
	{ key: 'admin_people', href: '/admin/people', roles: ['admin'] },
	{ key: 'admin_teams', href: '/admin/teams', roles: ['admin'] },
	{ key: 'admin_sites', href: '/admin/sites', roles: ['admin'] },
	{ key: 'admin_queues', href: '/admin/queues', roles: ['admin'] },
	{ key: 'admin_outcomes', href: '/admin/outcomes', roles: ['admin'] },
	{ key: 'audit', href: '/admin/audit', roles: ['admin'] }
];

export function navFor(role: Role): NavItem[] {
	return navItems.filter((item) => item.roles.includes(role));
}
