import { Body, Controller, Get, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ActorImportResult } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import {
  ApiTableDownload,
  TableUpload,
  tableDownload,
  uploadedTable,
} from '../../common/upload/table-transfer';
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
      'Download the actor table with German headers: CSV (UTF-8 with BOM, ";") or XLSX (every member; the contact columns only for coordination and steering)',
  })
  @ApiTableDownload()
  async export(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ActorFileQueryDto,
  ): Promise<StreamableFile> {
    return tableDownload(await this.transfer.export(access, query.format));
  }

  @Post('import')
  @Roles('coordination')
  @TableUpload(ActorImportResultSchema)
  @ApiOperation({
    summary:
      'Import the actor table from CSV or XLSX (coordination): all rows valid or nothing written; rows match actors by name',
  })
  import(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: ActorFileQueryDto,
    @Body() file: unknown,
  ): Promise<ActorImportResult> {
    return this.transfer.import(access, query.format, uploadedTable(file));
  }
}
