import { Module } from '@nestjs/common';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { PublicReportPdfs } from './public-report-pdf';
import { PublicReportsController } from './public-reports.controller';
import { ReportKindHandler } from './report-kind.handler';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Activity and impact reports: generated from the data, reviewed, published, shared by link. */
@Module({
  imports: [ArtifactsModule],
  controllers: [ReportsController, PublicReportsController],
  providers: [ReportKindHandler, ReportsService, PublicReportPdfs],
  exports: [ReportsService],
})
export class ReportsModule {}
