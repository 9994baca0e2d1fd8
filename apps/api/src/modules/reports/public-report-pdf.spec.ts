import type { PublicReport } from '@gw/shared/contracts';
import { PUBLIC_PDF_CACHE, PublicReportPdfs } from './public-report-pdf';

const report = (title: string) => ({ title }) as PublicReport;

describe('PublicReportPdfs', () => {
  let pdfs: PublicReportPdfs;
  let render: jest.SpyInstance;
  beforeEach(() => {
    pdfs = new PublicReportPdfs();
    render = jest
      .spyOn(pdfs, 'render')
      .mockImplementation((r) => Promise.resolve(Buffer.from(r.title)));
  });

  it('renders a report once, also for requests that arrive while it renders', async () => {
    const [a, b] = await Promise.all([pdfs.pdfOf(report('A')), pdfs.pdfOf(report('A'))]);
    expect(await pdfs.pdfOf(report('A'))).toEqual(Buffer.from('A'));
    expect([a, b]).toEqual([Buffer.from('A'), Buffer.from('A')]);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it(`keeps at most ${PUBLIC_PDF_CACHE.maxEntries} documents, dropping the least recently used`, async () => {
    for (let i = 0; i < PUBLIC_PDF_CACHE.maxEntries; i++) await pdfs.pdfOf(report(`R${i}`));
    await pdfs.pdfOf(report('R0'));
    await pdfs.pdfOf(report('new'));
    render.mockClear();

    await pdfs.pdfOf(report('R0'));
    expect(render).not.toHaveBeenCalled();
    await pdfs.pdfOf(report('R1'));
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('keeps at most 50 MB and never a document larger than that', async () => {
    const size = PUBLIC_PDF_CACHE.maxBytes / 2;
    render.mockImplementation((r: PublicReport) =>
      Promise.resolve(Buffer.alloc(r.title === 'huge' ? PUBLIC_PDF_CACHE.maxBytes + 1 : size)),
    );
    for (const title of ['A', 'B', 'C', 'huge', 'huge']) await pdfs.pdfOf(report(title));
    expect(render).toHaveBeenCalledTimes(5);
    render.mockClear();

    await pdfs.pdfOf(report('C'));
    await pdfs.pdfOf(report('B'));
    expect(render).not.toHaveBeenCalled();
    await pdfs.pdfOf(report('A'));
    expect(render).toHaveBeenCalledTimes(1);
  });
});
