import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { type CreateInvitationRequest, type Role, ROLES } from '@gw/shared/contracts';
import { normalizeEmail } from '../../auth/dto/auth.dto';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'jonas.weber@traeger-lindenfeld.de' })
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}
