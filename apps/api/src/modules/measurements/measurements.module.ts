import { Module } from '@nestjs/common';
import { InitiativeMeasurementsController } from './initiative-measurements.controller';
import { MeasurementDeliveryService } from './measurement-delivery.service';
import { MeasurementSeriesService } from './measurement-series.service';
import { MeasurementTransferController } from './measurement-transfer.controller';
import { MeasurementTransferService } from './measurement-transfer.service';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsService } from './measurements.service';

/**
 * Measured values of the shared indicators per period and disaggregation cell: entry, review,
 * corrections with history, comments, the chart series, and the import from CSV and XLSX.
 */
@Module({
  controllers: [
    MeasurementsController,
    InitiativeMeasurementsController,
    MeasurementTransferController,
  ],
  providers: [
    MeasurementsService,
    MeasurementDeliveryService,
    MeasurementSeriesService,
    MeasurementTransferService,
  ],
  exports: [MeasurementSeriesService],
})
export class MeasurementsModule {}
