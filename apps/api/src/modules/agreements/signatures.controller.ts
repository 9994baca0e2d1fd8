import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Signature, SignatureOverview, Withdrawal } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { PositiveIntParam } from '../../common/validation/positive-int-param';
import { UuidParam } from '../../common/validation/uuid-param';
import { SignDto, WithdrawDto } from './dto/signature.dto';
import { SignatureOverviewSchema, SignatureSchema, WithdrawalSchema } from './signature.schema';
import { SignaturesService } from './signatures.service';

@ApiTags('agreement')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@ApiParam({ name: 'artifactId', format: 'uuid', description: 'The agreement artifact' })
@Controller('initiatives/:initiativeId/artifacts/:artifactId')
export class SignaturesController {
  constructor(private readonly signatures: SignaturesService) {}

  @Get('versions/:number/signatures')
  @ApiOperation({
    summary: 'Who has to sign a version, who has signed or declined, accessions and withdrawals',
  })
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: SignatureOverviewSchema })
  @ApiInitiativeProblems()
  overview(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SignatureOverview> {
    return this.signatures.overview(access, artifactId, number, user);
  }

  @Post('versions/:number/signatures')
  @ApiOperation({
    summary:
      'Sign or decline the frozen version for the partner the caller represents (403 for anyone else); ' +
      'on the version in force, a new partner accedes',
  })
  @ApiParam({ name: 'number', type: Number })
  @ApiCreatedResponse({ type: SignatureSchema })
  @ApiInitiativeProblems(403, 409)
  sign(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @PositiveIntParam('number') number: number,
    @Body() dto: SignDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Signature> {
    return this.signatures.sign(access, artifactId, number, dto, user);
  }

  @Post('withdrawals')
  @ApiOperation({
    summary:
      "Record a partner's withdrawal (Austritt) from the agreement in force (coordination or its representative)",
  })
  @ApiCreatedResponse({ type: WithdrawalSchema })
  @ApiInitiativeProblems(403, 409)
  withdraw(
    @CurrentMembership() access: InitiativeAccess,
    @UuidParam('artifactId') artifactId: string,
    @Body() dto: WithdrawDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Withdrawal> {
    return this.signatures.withdraw(access, artifactId, dto, user);
  }
}
