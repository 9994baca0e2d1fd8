import { Module } from '@nestjs/common';
import { ActorRepresentativesService } from './actor-representatives.service';
import { ActorTransferController } from './actor-transfer.controller';
import { ActorTransferService } from './actor-transfer.service';
import { ActorsController } from './actors.controller';
import { ActorsService } from './actors.service';

/** The actor table (Akteurstabelle): actors, their representatives, import and export. */
@Module({
  controllers: [ActorTransferController, ActorsController],
  providers: [ActorsService, ActorRepresentativesService, ActorTransferService],
  exports: [ActorsService],
})
export class ActorsModule {}
