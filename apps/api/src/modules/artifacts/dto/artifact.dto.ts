import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import {
  ARTIFACT_KINDS,
  type ArtifactKind,
  type UpdateArtifactVersionRequest,
} from '@gw/shared/contracts';

export class ListArtifactsDto {
  @ApiPropertyOptional({ enum: ARTIFACT_KINDS })
  @IsOptional()
  @IsIn(ARTIFACT_KINDS)
  kind?: ArtifactKind;
}

export class UpdateArtifactVersionDto implements UpdateArtifactVersionRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The content of the kind, e.g. AgreementContent for an agreement',
  })
  @IsObject()
  content!: Record<string, unknown>;

  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
