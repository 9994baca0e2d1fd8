import { ApiProperty } from '@nestjs/swagger';
import type { PublicLink, PublicReport, ReportComparison } from '@gw/shared/contracts';

export class PublicLinkSchema implements PublicLink {
  @ApiProperty({ description: 'Shown once; only its hash is stored' })
  token!: string;

  @ApiProperty({ example: 'https://gemeinsam-wirken.example/public/reports/…' })
  url!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** `PublicLinkStatus`: without a live link only `live: false`. */
export class PublicLinkStatusSchema {
  @ApiProperty()
  live!: boolean;

  @ApiProperty({ format: 'date-time', required: false, description: 'Only when live' })
  createdAt?: string;

  @ApiProperty({
    required: false,
    description: 'How often the page or its PDF was opened through the link; only when live',
  })
  openedCount?: number;

  @ApiProperty({ format: 'date-time', nullable: true, required: false })
  lastOpenedAt?: string | null;
}

class ReportRefSchema {
  @ApiProperty({ format: 'uuid' })
  artifactId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;
}

class ComparedIndicatorSchema {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  unit!: string;

  @ApiProperty({ type: Number, nullable: true })
  a!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  b!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  change!: number | null;
}

export class ReportComparisonSchema implements ReportComparison {
  @ApiProperty({ type: ReportRefSchema })
  a!: ReportComparison['a'];

  @ApiProperty({ type: ReportRefSchema })
  b!: ReportComparison['b'];

  @ApiProperty({ type: [ComparedIndicatorSchema] })
  indicators!: ReportComparison['indicators'];
}

export class PublicReportSchema implements PublicReport {
  @ApiProperty()
  initiativeName!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty()
  contentHash!: string;

  @ApiProperty({
    example: 5,
    description: 'Disaggregated values resting on fewer cases than this are suppressed',
  })
  suppressionThreshold!: number;

  @ApiProperty()
  summary!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'Per goal: narrative, measures, milestones and the public indicators; disaggregated values on fewer cases than the threshold are null with suppressed = true',
  })
  goals!: PublicReport['goals'];
}
