import { Module } from '@nestjs/common';
import { DimensionsController } from './dimensions.controller';
import { DimensionsService } from './dimensions.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

/** Shared indicators, their data collection plan and the disaggregation dimensions. */
@Module({
  controllers: [IndicatorsController, DimensionsController],
  providers: [IndicatorsService, DimensionsService],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
