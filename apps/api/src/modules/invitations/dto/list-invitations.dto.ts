import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INVITATION_STATUSES, type InvitationStatus } from '@gw/shared/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class ListInvitationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}
