import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { answerRetentionMonths, commentRetentionMonths } from '$lib/server/personal-data';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { commentRetentionMonths, answerRetentionMonths };
};
