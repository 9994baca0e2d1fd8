import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  SIGNATURE_DECISIONS,
  SIGNATURE_LIMITS,
  type SignatureDecision,
  type SignRequest,
  WITHDRAWAL_LIMITS,
  type WithdrawRequest,
} from '@gw/shared/contracts';
import { PlainText } from '../../../common/rich-text/rich-text.decorators';

export class SignDto implements SignRequest {
  @ApiProperty({ enum: SIGNATURE_DECISIONS })
  @IsIn(SIGNATURE_DECISIONS)
  decision!: SignatureDecision;

  @ApiPropertyOptional({
    maxLength: SIGNATURE_LIMITS.reason,
    description: 'Required for a decline',
  })
  @IsOptional()
  @PlainText()
  @IsString()
  @MaxLength(SIGNATURE_LIMITS.reason)
  reason?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Needed only when the caller represents several partners',
  })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}

export class WithdrawDto implements WithdrawRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  actorId!: string;

  @ApiProperty({ example: '2027-03-31', description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'effectiveDate must be a valid date' })
  effectiveDate!: string;

  @ApiProperty({ maxLength: WITHDRAWAL_LIMITS.reason })
  @PlainText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WITHDRAWAL_LIMITS.reason)
  reason!: string;
}
