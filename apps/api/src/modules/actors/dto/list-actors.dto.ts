import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  ACTOR_SORT_FIELDS,
  type ActorArea,
  type ActorKind,
  type ActorListQuery,
  type ActorSortField,
} from '@gw/shared/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimmed } from '../../../common/validation/transforms';

const booleanQuery = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

const BooleanFilter = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean, description }),
    IsOptional(),
    Transform(booleanQuery),
    IsBoolean({ message: '$property must be true or false' }),
  );

export class ListActorsDto extends PageQueryDto implements ActorListQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Searches names, contact names and contributions',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ACTOR_AREAS })
  @IsOptional()
  @IsIn(ACTOR_AREAS)
  area?: ActorArea;

  @ApiPropertyOptional({ enum: ACTOR_KINDS })
  @IsOptional()
  @IsIn(ACTOR_KINDS)
  kind?: ActorKind;

  @BooleanFilter('Bestehende Kooperation')
  existingCooperation?: boolean;

  @BooleanFilter('Geplantes Mitglied der Kerngruppe')
  plannedCoreGroup?: boolean;

  @BooleanFilter('Mitglied erweiterter Foren')
  extendedForums?: boolean;

  @BooleanFilter('Partner')
  isPartner?: boolean;

  @ApiPropertyOptional({ enum: ACTOR_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(ACTOR_SORT_FIELDS)
  sort: ActorSortField = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc' = 'asc';
}
