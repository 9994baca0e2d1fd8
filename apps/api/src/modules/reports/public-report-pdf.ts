import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PublicReport } from '@gw/shared/contracts';
import { formatDate } from '../../common/pdf/pdf-document';
import { renderReportPdf } from './report-pdf';

/** Bounds of the per-instance cache: a handful of popular reports, never much memory. */
export const PUBLIC_PDF_CACHE = { maxEntries: 20, maxBytes: 50 * 1024 * 1024 } as const;

/**
 * The public view of a published report as a PDF, rendered once per instance and then served
 * from a bounded least-recently-used cache. A published version never changes, and the cache is
 * keyed by a hash of the whole public view (content, initiative name, suppression threshold), so
 * anything that would change the document also changes the key. Callers look the link up before
 * every request, so a revoked link is never served from here.
 */
@Injectable()
export class PublicReportPdfs {
  /** In least-recently-used order: a Map iterates in insertion order. */
  private readonly cache = new Map<string, Buffer>();
  /** Renders under way, so that a burst of requests for a new report renders it once. */
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  async pdfOf(report: PublicReport): Promise<Buffer> {
    const key = createHash('sha256').update(JSON.stringify(report)).digest('hex');
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    let rendering = this.pending.get(key);
    if (!rendering) {
      rendering = this.render(report)
        .then((pdf) => this.remember(key, pdf))
        .finally(() => this.pending.delete(key));
      this.pending.set(key, rendering);
    }
    return rendering;
  }

  /** Renders the PDF without the cache. */
  render(report: PublicReport): Promise<Buffer> {
    const published = formatDate(report.publishedAt);
    return renderReportPdf({
      initiativeName: report.initiativeName,
      edition: `veröffentlicht am ${published}`,
      footer: `${report.title} „${report.initiativeName}“ · veröffentlicht am ${published}`,
      contentHash: report.contentHash,
      content: report,
      suppressionThreshold: report.suppressionThreshold,
    });
  }

  private remember(key: string, pdf: Buffer): Buffer {
    if (pdf.length > PUBLIC_PDF_CACHE.maxBytes) return pdf;
    this.cache.set(key, pdf);
    this.bytes += pdf.length;
    for (const [oldest, old] of this.cache) {
      if (this.cache.size <= PUBLIC_PDF_CACHE.maxEntries && this.bytes <= PUBLIC_PDF_CACHE.maxBytes)
        break;
      this.cache.delete(oldest);
      this.bytes -= old.length;
    }
    return pdf;
  }
}
