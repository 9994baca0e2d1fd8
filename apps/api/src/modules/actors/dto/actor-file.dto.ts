import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ACTOR_IMPORT_FORMATS, type ActorImportFormat } from '@gw/shared/contracts';

export class ActorFileQueryDto {
  @ApiProperty({ enum: ACTOR_IMPORT_FORMATS })
  @IsIn(ACTOR_IMPORT_FORMATS)
  format!: ActorImportFormat;
}
