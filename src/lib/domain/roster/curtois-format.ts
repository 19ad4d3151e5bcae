// Parser for the Curtois & Qu employee shift scheduling benchmark text format (Instances 1–24,
// schedulingbenchmarks.org; T. Curtois and R. Qu, "Computational results on new staff scheduling
// benchmark instances", ASAP technical report, University of Nottingham, 2014).
//
// Model: sections in a fixed order (HORIZON, SHIFTS, STAFF, DAYS_OFF, SHIFT_ON_REQUESTS,
// SHIFT_OFF_REQUESTS, COVER); `#` starts a comment line; fields are comma-separated; days are
// indexed from 0 and the horizon starts on a Monday. All lengths are in minutes.
// Output: a typed instance whose cross references (employee, shift) are resolved to array indexes,
// so the evaluator and the solvers work on small integers; the ids are kept for the output.
// Limits: sections may come in any order but each at most once; HORIZON, SHIFTS and STAFF are
// required, the others default to empty. A shift missing from an employee's MaxShifts list is
// read as unlimited (the horizon length) — every benchmark file lists all shift types. Cover rows
// that are missing mean "no requirement, no penalty" for that day and shift.

export class CurtoisFormatError extends Error {
	constructor(
		message: string,
		readonly section: string | null,
		readonly line: number | null
	) {
		super(line === null ? message : `${section ?? 'file'}, line ${line}: ${message}`);
		this.name = 'CurtoisFormatError';
	}
}

export interface CurtoisShift {
	id: string;
	/** Length in minutes. */
	minutes: number;
	/** Indexes of the shifts that may not be worked the day after this one. */
	cannotFollow: number[];
}

export interface CurtoisStaff {
	id: string;
	/** Per shift index: the most times this shift may be assigned over the horizon. */
	maxShifts: number[];
	maxTotalMinutes: number;
	minTotalMinutes: number;
	maxConsecutiveShifts: number;
	minConsecutiveShifts: number;
	minConsecutiveDaysOff: number;
	maxWeekends: number;
	/** Sorted, distinct day indexes on which the employee must not work. */
	daysOff: number[];
}

export interface CurtoisRequest {
	employee: number;
	day: number;
	shift: number;
	weight: number;
}

export interface CurtoisCover {
	day: number;
	shift: number;
	requirement: number;
	/** Penalty per person short of the requirement. */
	underWeight: number;
	/** Penalty per person above the requirement. */
	overWeight: number;
}

export interface CurtoisInstance {
	/** Horizon in days (a whole number of weeks in the benchmark; day 0 is a Monday). */
	horizon: number;
	shifts: CurtoisShift[];
	staff: CurtoisStaff[];
	/** Penalty `weight` if `shift` is NOT assigned to `employee` on `day`. */
	onRequests: CurtoisRequest[];
	/** Penalty `weight` if `shift` IS assigned to `employee` on `day`. */
	offRequests: CurtoisRequest[];
	/** Indexed by day * shifts.length + shift; null where the file has no cover row. */
	cover: (CurtoisCover | null)[];
}

const SECTIONS = [
	'SECTION_HORIZON',
	'SECTION_SHIFTS',
	'SECTION_STAFF',
	'SECTION_DAYS_OFF',
	'SECTION_SHIFT_ON_REQUESTS',
	'SECTION_SHIFT_OFF_REQUESTS',
	'SECTION_COVER'
] as const;
type Section = (typeof SECTIONS)[number];

interface Row {
	fields: string[];
	line: number;
}

export function parseCurtois(text: string): CurtoisInstance {
	if (typeof text !== 'string' || text.trim() === '') throw new CurtoisFormatError('the instance is empty', null, null);
	const rows = new Map<Section, Row[]>();
	let current: Section | null = null;
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!.trim();
		if (raw === '' || raw.startsWith('#')) continue;
		if (raw.startsWith('SECTION_')) {
			if (!(SECTIONS as readonly string[]).includes(raw)) throw new CurtoisFormatError(`unknown section ${raw}`, raw, i + 1);
			if (rows.has(raw as Section)) throw new CurtoisFormatError(`section ${raw} appears twice`, raw, i + 1);
			current = raw as Section;
			rows.set(current, []);
			continue;
		}
		if (current === null) throw new CurtoisFormatError(`data before the first SECTION_ header: "${raw.slice(0, 40)}"`, null, i + 1);
		rows.get(current)!.push({ fields: raw.split(',').map((f) => f.trim()), line: i + 1 });
	}
	const required = (section: Section): Row[] => {
		const r = rows.get(section);
		if (r === undefined) throw new CurtoisFormatError(`missing section ${section}`, section, null);
		return r;
	};

	const int = (section: Section, row: Row, index: number, what: string, min = 0): number => {
		const s = row.fields[index];
		if (s === undefined || s === '') throw new CurtoisFormatError(`missing ${what} (field ${index + 1})`, section, row.line);
		if (!/^-?\d+$/.test(s)) throw new CurtoisFormatError(`${what} must be a whole number, got "${s}"`, section, row.line);
		const v = Number(s);
		if (v < min) throw new CurtoisFormatError(`${what} must be at least ${min}, got ${v}`, section, row.line);
		return v;
	};

	// Horizon
	const horizonRows = required('SECTION_HORIZON');
	if (horizonRows.length !== 1) throw new CurtoisFormatError(`expected one line with the horizon length, got ${horizonRows.length}`, 'SECTION_HORIZON', horizonRows[1]?.line ?? null);
	const horizon = int('SECTION_HORIZON', horizonRows[0]!, 0, 'horizon length in days', 1);

	// Shifts: ids first so that "cannot follow" may name shifts listed later.
	const shiftRows = required('SECTION_SHIFTS');
	if (shiftRows.length === 0) throw new CurtoisFormatError('no shift types', 'SECTION_SHIFTS', null);
	const shiftIndex = new Map<string, number>();
	for (const row of shiftRows) {
		const id = row.fields[0] ?? '';
		if (id === '') throw new CurtoisFormatError('missing ShiftID', 'SECTION_SHIFTS', row.line);
		if (shiftIndex.has(id)) throw new CurtoisFormatError(`shift ${id} is listed twice`, 'SECTION_SHIFTS', row.line);
		shiftIndex.set(id, shiftIndex.size);
	}
	const shiftRef = (section: Section, row: Row, id: string | undefined): number => {
		const k = id === undefined ? undefined : shiftIndex.get(id);
		if (k === undefined) throw new CurtoisFormatError(`unknown shift "${id ?? ''}"`, section, row.line);
		return k;
	};
	const shifts: CurtoisShift[] = shiftRows.map((row) => {
		if (row.fields.length > 3) throw new CurtoisFormatError(`expected "ShiftID, Length, CannotFollow", got ${row.fields.length} fields`, 'SECTION_SHIFTS', row.line);
		const follow = (row.fields[2] ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
		return { id: row.fields[0]!, minutes: int('SECTION_SHIFTS', row, 1, 'shift length in minutes', 1), cannotFollow: [...new Set(follow.map((id) => shiftRef('SECTION_SHIFTS', row, id)))] };
	});

	// Staff
	const staffRows = required('SECTION_STAFF');
	if (staffRows.length === 0) throw new CurtoisFormatError('no staff', 'SECTION_STAFF', null);
	const staffIndex = new Map<string, number>();
	const staff: CurtoisStaff[] = staffRows.map((row) => {
		const S = 'SECTION_STAFF';
		if (row.fields.length !== 8) throw new CurtoisFormatError(`expected 8 fields (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends), got ${row.fields.length}`, S, row.line);
		const id = row.fields[0]!;
		if (id === '') throw new CurtoisFormatError('missing employee ID', S, row.line);
		if (staffIndex.has(id)) throw new CurtoisFormatError(`employee ${id} is listed twice`, S, row.line);
		staffIndex.set(id, staffIndex.size);
		const maxShifts = shifts.map(() => horizon);
		for (const pair of row.fields[1]!.split('|').map((s) => s.trim()).filter((s) => s !== '')) {
			const m = /^([^=]+)=(\d+)$/.exec(pair);
			if (!m) throw new CurtoisFormatError(`MaxShifts entry must be ShiftID=max, got "${pair}"`, S, row.line);
			maxShifts[shiftRef(S, row, m[1]!.trim())] = Number(m[2]);
		}
		const member: CurtoisStaff = {
			id,
			maxShifts,
			maxTotalMinutes: int(S, row, 2, 'MaxTotalMinutes'),
			minTotalMinutes: int(S, row, 3, 'MinTotalMinutes'),
			maxConsecutiveShifts: int(S, row, 4, 'MaxConsecutiveShifts'),
			minConsecutiveShifts: int(S, row, 5, 'MinConsecutiveShifts'),
			minConsecutiveDaysOff: int(S, row, 6, 'MinConsecutiveDaysOff'),
			maxWeekends: int(S, row, 7, 'MaxWeekends'),
			daysOff: []
		};
		if (member.minTotalMinutes > member.maxTotalMinutes) throw new CurtoisFormatError(`MinTotalMinutes ${member.minTotalMinutes} exceeds MaxTotalMinutes ${member.maxTotalMinutes}`, S, row.line);
		return member;
	});
	const staffRef = (section: Section, row: Row): number => {
		const k = staffIndex.get(row.fields[0] ?? '');
		if (k === undefined) throw new CurtoisFormatError(`unknown employee "${row.fields[0] ?? ''}"`, section, row.line);
		return k;
	};
	const dayOf = (section: Section, row: Row, index: number): number => {
		const d = int(section, row, index, 'day index');
		if (d >= horizon) throw new CurtoisFormatError(`day ${d} is outside the horizon 0..${horizon - 1}`, section, row.line);
		return d;
	};

	for (const row of rows.get('SECTION_DAYS_OFF') ?? []) {
		const e = staffRef('SECTION_DAYS_OFF', row);
		const days = staff[e]!.daysOff;
		for (let k = 1; k < row.fields.length; k++) if (row.fields[k] !== '') days.push(dayOf('SECTION_DAYS_OFF', row, k));
	}
	for (const member of staff) member.daysOff = [...new Set(member.daysOff)].sort((a, b) => a - b);

	const requests = (section: Section): CurtoisRequest[] =>
		(rows.get(section) ?? []).map((row) => {
			if (row.fields.length !== 4) throw new CurtoisFormatError(`expected 4 fields (EmployeeID, Day, ShiftID, Weight), got ${row.fields.length}`, section, row.line);
			return { employee: staffRef(section, row), day: dayOf(section, row, 1), shift: shiftRef(section, row, row.fields[2]), weight: int(section, row, 3, 'weight') };
		});
	const onRequests = requests('SECTION_SHIFT_ON_REQUESTS');
	const offRequests = requests('SECTION_SHIFT_OFF_REQUESTS');

	const cover: (CurtoisCover | null)[] = new Array<CurtoisCover | null>(horizon * shifts.length).fill(null);
	for (const row of rows.get('SECTION_COVER') ?? []) {
		const S = 'SECTION_COVER';
		if (row.fields.length !== 5) throw new CurtoisFormatError(`expected 5 fields (Day, ShiftID, Requirement, Weight for under, Weight for over), got ${row.fields.length}`, S, row.line);
		const day = dayOf(S, row, 0);
		const shift = shiftRef(S, row, row.fields[1]);
		const k = day * shifts.length + shift;
		if (cover[k] !== null) throw new CurtoisFormatError(`cover for day ${day}, shift ${row.fields[1]} is given twice`, S, row.line);
		cover[k] = { day, shift, requirement: int(S, row, 2, 'requirement'), underWeight: int(S, row, 3, 'weight for under'), overWeight: int(S, row, 4, 'weight for over') };
	}
	return { horizon, shifts, staff, onRequests, offRequests, cover };
}
