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
import type { MeasurementImportResult } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { CurrentMembership } from '../../common/decorators/current-membership.decorator';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { ApiInitiativeProblems } from '../../common/swagger/api-problems.decorator';
import { AcceptsUpload, UPLOAD_TYPES, unsupportedUpload } from '../../common/upload/upload';
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
  @ApiProduces(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiInitiativeProblems()
  async template(
    @CurrentMembership() access: InitiativeAccess,
    @Query() query: MeasurementFileQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.transfer.template(access, query.format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }

  @Post('import')
  @HttpCode(200)
  @Roles('coordination', 'steering', 'working_group', 'partner')
  @AcceptsUpload()
  @ApiOperation({
    summary:
      'Import values from CSV or XLSX (coordination; data stewards for their indicators): all rows valid or nothing written; the same rows again change nothing, changed values are corrections',
  })
  @ApiConsumes(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx)
  @ApiBody({
    description: 'The file as the raw body, at most 5 MB',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ type: MeasurementImportResultSchema })
  @ApiInitiativeProblems(403, 409, 413, 415)
  import(
    @CurrentMembership() access: InitiativeAccess,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MeasurementFileQueryDto,
    @Body() file: unknown,
  ): Promise<MeasurementImportResult> {
    if (!Buffer.isBuffer(file)) throw unsupportedUpload();
    return this.transfer.import(access, user, query.format, file);
  }
}
