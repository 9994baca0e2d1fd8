import { ApiProperty } from '@nestjs/swagger';
import type { Goal, SharedGoal } from '@gw/shared/contracts';

export class GoalSchema implements Goal {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Kein Abschluss ohne Anschluss' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: 1 })
  position!: number;
}

export class SharedGoalSchema implements SharedGoal {
  @ApiProperty()
  vision!: string;

  @ApiProperty({ type: [GoalSchema] })
  goals!: Goal[];

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}
