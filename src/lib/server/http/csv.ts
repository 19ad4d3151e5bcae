import Papa from 'papaparse';

export const maxUploadBytes = 20 * 1024 * 1024;

export type CsvUpload =
	| { ok: true; header: string[]; rows: Record<string, string>[] }
	| { ok: false; problem: 'empty' }
	| { ok: false; problem: 'not_csv'; reason: string };

/** Reads an uploaded CSV with a header row; headers are trimmed and lower-cased. */
export async function readCsvUpload(file: FormDataEntryValue | null, maxBytes = maxUploadBytes): Promise<CsvUpload> {
	if (!(file instanceof File) || file.size === 0) return { ok: false, problem: 'empty' };
	if (file.size > maxBytes) return { ok: false, problem: 'not_csv', reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
	const text = (await file.text()).replace(/^\uFEFF/, '');
	// Only a byte-order mark or blank lines: as empty as a 0-byte file.
	if (!text.trim()) return { ok: false, problem: 'empty' };
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
	const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
	// Papa counts a quote error's row from 0 at the header line, so row + 1 is the file's line as
	// the import errors number them (header = 1). A delimiter error has no row.
	if (fatal) return { ok: false, problem: 'not_csv', reason: fatal.row === undefined ? fatal.message : `${fatal.message} (row ${fatal.row + 1})` };
	return { ok: true, header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A CSV cell that a spreadsheet will not run as a formula (= + - @, tab, carriage return). */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
	return cells.map(csvCell).join(',') + '\r\n';
}
