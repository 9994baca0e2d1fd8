import type { AgreementContent } from '@gw/shared/contracts';
import { renderAgreementPdf } from '../../modules/agreements/agreement-pdf';
import { renderReportPdf } from '../../modules/reports/report-pdf';

/**
 * The text of the first string after `key` (say `/Title`): written there or in the object it
 * refers to, unescaped, and decoded from UTF-16BE when it starts with the byte order mark.
 */
function pdfString(raw: string, key: string): string | null {
  const at = raw.indexOf(key);
  if (at < 0) return null;
  let i = at + key.length;
  const ref = /^\s*(\d+) 0 R/.exec(raw.slice(i))?.[1];
  if (ref) return pdfString(raw, `\n${ref} 0 obj\n`);
  while (/\s/.test(raw[i] ?? '')) i++;
  if (raw[i] !== '(') return null;
  let value = '';
  for (i++; i < raw.length && raw[i] !== ')'; i++) {
    if (raw[i] !== '\\') {
      value += raw[i];
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(raw.slice(++i))?.[0];
    if (octal) {
      value += String.fromCharCode(parseInt(octal, 8));
      i += octal.length - 1;
    } else value += { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[raw[i] ?? ''] ?? raw[i];
  }
  const bytes = Buffer.from(value, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? bytes.subarray(2).swap16().toString('utf16le')
    : value;
}

/** What a screen reader and PDF/UA checkers need first: a structure tree, language and title. */
function expectTagged(pdf: Buffer, title: string): void {
  const raw = pdf.toString('latin1');
  // Tagged PDF needs 1.4 at least; PDF/UA is built on 1.7.
  expect(raw.startsWith('%PDF-1.7')).toBe(true);
  expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
  expect(raw).toMatch(/<<\s*\/Marked true\s*>>/);
  expect(raw).toContain('/Lang (de-DE)');
  expect(raw).toMatch(/\/DisplayDocTitle true/);
  expect(pdfString(raw, '/Title')).toBe(title);
  // Headings and paragraphs in reading order, under one document element.
  for (const role of ['/S /Document', '/S /H1', '/S /P']) expect(raw).toContain(role);
}

describe('tagged PDFs (BITV 2.0)', () => {
  it('tags the report with its language, title, headings, paragraphs and charts', async () => {
    const pdf = await renderReportPdf({
      initiativeName: 'Jugendpakt Auenstadt',
      edition: 'Veröffentlicht am 3. Juli 2026',
      footer: 'Bericht',
      contentHash: 'a'.repeat(64),
      content: {
        title: 'Tätigkeits- und Wirkungsbericht 1. Halbjahr 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        summary: 'Die Partner setzen die Maßnahmen **gemeinsam** um.\n\n- Coaching\n- Messe',
        goals: [
          {
            goalId: 'g1',
            title: 'Ausbildungsabbrüche halbieren',
            narrative: 'Das Frühwarnsystem wirkt.',
            measures: {
              completed: [],
              started: [{ id: 'm1', title: 'Frühwarnsystem' }],
              delayed: [],
            },
            milestonesReached: [],
            indicators: [
              {
                indicatorId: 'i1',
                name: 'Vorzeitig gelöste Ausbildungsverträge',
                unit: '%',
                visibility: 'public',
                direction: 'lower_is_better',
                baseline: { value: 26.4, date: '2025-12-31' },
                target: { value: 20, date: '2027-12-31' },
                values: [
                  { period: '2026-Q1', periodEnd: '2026-03-31', value: 25.1, cases: 420 },
                  { period: '2026-Q2', periodEnd: '2026-06-30', value: 24.3, cases: 420 },
                ],
                cells: [],
                status: 'on_track',
              },
            ],
          },
        ],
      },
    });
    expectTagged(pdf, 'Tätigkeits- und Wirkungsbericht 1. Halbjahr 2026 – Jugendpakt Auenstadt');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/S /Figure');
    expect(pdfString(raw, '/Alt')).toBe(
      'Verlauf von „Vorzeitig gelöste Ausbildungsverträge“; 1. Quartal 2026: 25,1 %, 2. Quartal 2026: 24,3 %; Ausgangswert 26,4 %; Ziel 20 % bis 31.12.2027',
    );
  });

  it('tags the agreement with its language and title', async () => {
    const content = {
      sections: [{ key: 'purpose', title: 'Zweck', body: 'Wir arbeiten **zusammen**.' }],
    } as unknown as AgreementContent;
    const pdf = await renderAgreementPdf({
      initiativeName: 'Jugendpakt Auenstadt',
      municipality: 'Stadt Auenstadt',
      title: 'Kooperationsvereinbarung',
      versionNumber: 1,
      status: 'draft',
      contentHash: null,
      createdAt: new Date('2026-03-01T10:00:00Z'),
      submittedAt: null,
      content,
      required: [],
      accessions: [],
      withdrawals: [],
      audit: [],
      verifyUrl: 'https://example.org/verify',
    });
    expectTagged(pdf, 'Kooperationsvereinbarung – Jugendpakt Auenstadt');
  });
});
