import { Module } from '@nestjs/common';
import { ExistingBodiesController } from './existing-bodies.controller';
import { ExistingBodiesService } from './existing-bodies.service';

/** The table of existing bodies (Gremien, Arbeitskreise, Kooperationsvereinbarungen). */
@Module({
  controllers: [ExistingBodiesController],
  providers: [ExistingBodiesService],
})
export class ExistingBodiesModule {}
