import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type PublicReport, PROBLEM_TYPES } from '@gw/shared/contracts';
import { Public } from '../../common/decorators/public.decorator';
import { ProblemException } from '../../common/problem/problem.exception';
import { ApiProblems } from '../../common/swagger/api-problems.decorator';
import { RateLimit } from '../../common/throttle/rate-limit.guard';
import { PublicReportPdfs } from './public-report-pdf';
import { PublicReportSchema } from './report.schema';
import { ReportsService } from './reports.service';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

function assertToken(token: string): void {
  if (!TOKEN_PATTERN.test(token)) {
    throw new ProblemException(400, 'This is not a valid report link.', {
      type: PROBLEM_TYPES.validation,
      errors: [{ field: 'token', message: 'token has the wrong format' }],
    });
  }
}

/** A published report through its public link: no login, public indicators only. */
@ApiTags('reports')
@ApiParam({ name: 'token' })
@Controller('public/reports/:token')
export class PublicReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly pdfs: PublicReportPdfs,
  ) {}

  @Get()
  @Public()
  @RateLimit('publicReport')
  @ApiOperation({
    summary:
      'A published report through its public link (public indicators, small cells suppressed)',
  })
  @ApiOkResponse({ type: PublicReportSchema })
  @ApiProblems(400, 404)
  read(@Param('token') token: string): Promise<PublicReport> {
    assertToken(token);
    return this.reports.publicReport(token);
  }

  @Get('pdf')
  @Public()
  @RateLimit('publicReportPdf')
  @ApiOperation({ summary: 'The public view of a published report as a PDF with its charts' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', content: { 'application/pdf': {} } })
  @ApiProblems(400, 404)
  async pdf(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    assertToken(token);
    // The link is checked on every request; only the rendering is cached.
    const report = await this.reports.publicReport(token);
    const pdf = await this.pdfs.pdfOf(report);
    const filename = `${report.title.replace(/[^\p{L}\p{N}-]+/gu, '-')}.pdf`;
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .send(pdf);
  }
}
