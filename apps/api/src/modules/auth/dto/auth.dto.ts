import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import {
  type LoginRequest,
  type LogoutRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type RefreshRequest,
  type RegisterRequest,
} from '@gw/shared/contracts';
import { IsStrongPassword } from '../../../common/validation/strong-password';
import { trimmed } from '../../../common/validation/transforms';

export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'anna.keller@lindenfeld.de', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not one of the 10,000 most common passwords, not one character repeated.',
  })
  // class-validator checks the lowest decorator first: the length is explained before this.
  @IsStrongPassword()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Anna Keller', maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName!: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'anna.keller@lindenfeld.de' })
  @Transform(normalizeEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshTokenDto implements RefreshRequest, LogoutRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}
