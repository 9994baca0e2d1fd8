import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ProblemDetails } from '@gw/shared/contracts';

export class FieldErrorSchema implements FieldError {
  @ApiProperty({ example: 'region.municipality' })
  field!: string;

  @ApiProperty({ example: 'municipality should not be empty' })
  message!: string;

  @ApiPropertyOptional({ example: 3, description: 'For errors in an uploaded table: its row' })
  row?: number;

  @ApiPropertyOptional({ example: 'required', description: 'A machine-readable reason' })
  code?: string;
}

export class ProblemSchema implements ProblemDetails {
  @ApiProperty({ example: '/problems/validation-error' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request has an invalid field.' })
  detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema] })
  errors?: FieldError[];

  @ApiPropertyOptional({
    example: 250,
    description: 'On import-invalid problems: all errors of the file; `errors` lists the first 100',
  })
  errorCount?: number;
}
