import { Module } from '@nestjs/common';
import { SharedGoalController } from './shared-goal.controller';
import { SharedGoalService } from './shared-goal.service';

/** The shared goal (gemeinsame Zielsetzung) of an initiative. */
@Module({
  controllers: [SharedGoalController],
  providers: [SharedGoalService],
  exports: [SharedGoalService],
})
export class SharedGoalModule {}
