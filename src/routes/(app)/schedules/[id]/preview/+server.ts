import { json, type RequestHandler } from '@sveltejs/kit';
import { previewShiftEdit } from '$lib/server/scheduling';
import { plannableSchedule } from '$lib/server/schedule-access';
import { parseId } from '$lib/server/http/form';
import { parseClock } from '$lib/domain/schedule/availability-input';
import { isCalendarDay } from '$lib/domain/time/calendar';

// Asked by the shift editor as the supervisor types: what the edit would break, nothing saved.
export const GET: RequestHandler = async (event) => {
	const { database, schedule } = await plannableSchedule(event);
	const q = event.url.searchParams;
	const personId = parseId(q.get('person'));
	const day = q.get('day') ?? '';
	const remove = q.get('remove') === 'on';
	const startMinute = parseClock(q.get('start') ?? '');
	const endMinute = parseClock(q.get('end') ?? '');
	if (personId === null || !isCalendarDay(day)) return json({ problem: 'invalid' }, { status: 400 });
	if (!remove && (startMinute === null || endMinute === null || endMinute === startMinute)) return json({ problem: 'times' }, { status: 400 });
	const out = await previewShiftEdit(database, schedule, remove ? { personId, day, remove: true } : { personId, day, startMinute: startMinute!, endMinute: endMinute! });
	if (!out.ok) return json({ problem: out.problem }, { status: 400 });
	return json({ warnings: out.warnings });
};
