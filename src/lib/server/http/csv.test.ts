import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, readCsvUpload } from './csv';

describe('csvCell', () => {
	it('neutralises text a spreadsheet would run as a formula', () => {
		expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-1+2')).toBe("'-1+2");
		expect(csvCell('@cmd')).toBe("'@cmd");
		expect(csvCell('\t=1')).toBe("'\t=1");
		// A leading carriage return is neutralised, and the cell is quoted as it holds a line break.
		expect(csvCell('\r=1')).toBe('"\'\r=1"');
		// Only a leading character counts.
		expect(csvCell('a=b')).toBe('a=b');
		expect(csvCell('Voice support')).toBe('Voice support');
	});

	it('quotes cells holding a comma, a quote or a line break, doubling quotes', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
		expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
	});

	// Decision: numbers are written as numbers. Only text can carry a formula, and a negative
	// number prefixed with ' would reach the spreadsheet as text, so -5 stays "-5". A string "-5"
	// is text from a person and is neutralised like any other.
	it('writes numbers as they are, negative ones included', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(-0.25)).toBe('-0.25');
		expect(csvCell(0)).toBe('0');
		expect(csvCell(182.5)).toBe('182.5');
		expect(csvCell('-5')).toBe("'-5");
	});

	it('writes null and undefined as empty cells', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell('')).toBe('');
	});

	it('joins a line with CRLF', () => {
		expect(csvLine(['2026-01-05T08:00:00.000Z', 'Sales, EU', -3, null, '=1'])).toBe('2026-01-05T08:00:00.000Z,"Sales, EU",-3,,\'=1\r\n');
	});
});

describe('readCsvUpload', () => {
	const file = (text: string, name = 'history.csv') => new File([text], name, { type: 'text/csv' });

	it('reads a file with a byte-order mark, headers trimmed and lower-cased', async () => {
		const result = await readCsvUpload(file('\uFEFFInterval_Start , Queue,Offered\r\n2026-01-05T08:00:00Z,Voice support,10\r\n\r\n2026-01-05T08:15:00Z,"Sales, EU",12\r\n'));
		expect(result).toEqual({
			ok: true,
			header: ['interval_start', 'queue', 'offered'],
			rows: [
				{ interval_start: '2026-01-05T08:00:00Z', queue: 'Voice support', offered: '10' },
				{ interval_start: '2026-01-05T08:15:00Z', queue: 'Sales, EU', offered: '12' }
			]
		});
	});

	it('reads a file with a header only as no rows', async () => {
		expect(await readCsvUpload(file('interval_start,queue\n'))).toEqual({ ok: true, header: ['interval_start', 'queue'], rows: [] });
	});

	it('refuses bad quotes, naming the line (the header being line 1)', async () => {
		const unterminated = await readCsvUpload(file('a,b\n1,2\n3,"4\n5,6\n'));
		expect(unterminated).toMatchObject({ ok: false, problem: 'not_csv' });
		if (!unterminated.ok && unterminated.problem === 'not_csv') expect(unterminated.reason).toMatch(/\(row 3\)$/);
		const malformed = await readCsvUpload(file('a,b\n"1"x,2\n3,4\n'));
		expect(malformed).toMatchObject({ ok: false, problem: 'not_csv' });
		if (!malformed.ok && malformed.problem === 'not_csv') expect(malformed.reason).toMatch(/quote.*\(row 2\)$/i);
	});

	it('reports an empty upload as empty: nothing sent, 0 bytes, or only a byte-order mark and blank lines', async () => {
		expect(await readCsvUpload(null)).toEqual({ ok: false, problem: 'empty' });
		expect(await readCsvUpload('not a file')).toEqual({ ok: false, problem: 'empty' });
		expect(await readCsvUpload(file(''))).toEqual({ ok: false, problem: 'empty' });
		expect(await readCsvUpload(file('\uFEFF'))).toEqual({ ok: false, problem: 'empty' });
		expect(await readCsvUpload(file('\r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
	});

	it('refuses a file over the size limit', async () => {
		const result = await readCsvUpload(file('a,b\n' + '1,2\n'.repeat(600_000)), 2 * 1024 * 1024);
		expect(result).toEqual({ ok: false, problem: 'not_csv', reason: 'larger than 2 MB' });
	});
});
