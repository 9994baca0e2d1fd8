import { Body, Controller, Get, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { MeasurementImportResult } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import {
  ApiTableDownload,
  TableUpload,
  tableDownload,
  uploadedTable,
} from '../../common/upload/table-transfer';
import { MeasurementFileQueryDto } from './dto/measurement-file.dto';
import { MeasurementImportResultSchema } from './measurement.schema';
import { MeasurementTransferService } from './measurement-transfer.service';

@ApiTags('measurements')
@ApiBearerAuth()
@ApiParam({ name: 'initiativeId', format: 'uuid' })
@Controller('initiatives/:initiativeId/measurements')
export class MeasurementTransferController {
  constructor(private readonly transfer: MeasurementTransferService) {}

  @Get('template')
  @ApiOperation({
    summary:
      'Download the template for importing values: Indikator; Zeitraum; one column per dimension; Wert; Fallzahl; Quelle. XLSX with drop-downs and notes per indicator (every member)',
  })
  @ApiTableDownload()
  async template(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: MeasurementFileQueryDto,
  ): Promise<StreamableFile> {
    return tableDownload(await this.transfer.template(access, query.format));
  }

  @Post('import')
  @Roles('coordination', 'steering', 'working_group', 'partner')
  @TableUpload(MeasurementImportResultSchema)
  @ApiOperation({
    summary:
      'Import values from CSV or XLSX (coordination; data stewards for their indicators): all rows valid or nothing written; the same rows again change nothing, changed values are corrections',
  })
  import(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MeasurementFileQueryDto,
    @Body() file: unknown,
  ): Promise<MeasurementImportResult> {
    return this.transfer.import(access, user, query.format, uploadedTable(file));
  }
}
