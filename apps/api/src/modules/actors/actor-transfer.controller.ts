import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { ActorImportResult } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { AcceptsUpload, UPLOAD_TYPES, unsupportedUpload } from '../../common/upload/upload';
import { ActorImportResultSchema } from './actor.schema';
import { ActorTransferService } from './actor-transfer.service';
import { ActorFileQueryDto } from './dto/actor-file.dto';

@ApiTags('actors')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/actors')
export class ActorTransferController {
  constructor(private readonly transfer: ActorTransferService) {}

  @Get('export')
  @ApiOperation({
    summary:
      'Download the actor table with German headers: CSV (UTF-8 with BOM, ";") or XLSX (every member)',
  })
  @ApiProduces(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiInitiativeProblems()
  async export(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ActorFileQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.transfer.export(access, query.format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }

  @Post('import')
  @HttpCode(200)
  @Roles('coordination')
  @AcceptsUpload()
  @ApiOperation({
    summary:
      'Import the actor table from CSV or XLSX (coordination): all rows valid or nothing written; rows match actors by name',
  })
  @ApiConsumes(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx)
  @ApiBody({
    description: 'The file as the raw body, at most 5 MB',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ type: ActorImportResultSchema })
  @ApiInitiativeProblems(403, 409, 413, 415)
  import(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ActorFileQueryDto,
    @Body() file: unknown,
  ): Promise<ActorImportResult> {
    if (!Buffer.isBuffer(file)) throw unsupportedUpload();
    return this.transfer.import(access, query.format, file);
  }
}
