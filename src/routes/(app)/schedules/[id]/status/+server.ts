import { json, type RequestHandler } from '@sveltejs/kit';
import { plannableSchedule } from '$lib/server/schedule-access';

// Polled by the schedules page while a run is going.
export const GET: RequestHandler = async (event) => {
	const { schedule } = await plannableSchedule(event);
	return json({ runStatus: schedule.runStatus, progress: schedule.progress, error: schedule.runError });
};
