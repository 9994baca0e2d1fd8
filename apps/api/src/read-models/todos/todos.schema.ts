import { ApiProperty } from '@nestjs/swagger';
import {
  type InitiativeTodos,
  type MyTodos,
  TODO_KINDS,
  type TodoItem,
  type TodoKind,
  type TodoLink,
  type TodoSection,
} from '@gw/shared/contracts';

class TodoInitiativeSchema {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

class TodoLinkSchema implements TodoLink {
  @ApiProperty({
    type: [String],
    example: ['/initiatives', '6f1c…', 'agreement'],
    description: 'Router path segments of the page where the to-do is done',
  })
  path!: string[];

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { v: '2' } })
  query!: Record<string, string>;
}

class TodoItemSchema implements TodoItem {
  @ApiProperty({ enum: TODO_KINDS })
  kind!: TodoKind;

  @ApiProperty({
    description:
      "The object's name: agreement, report, indicator, milestone; for a transition the phase proposed",
  })
  title!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The partner to sign for, the version to decide on, the period of a value, the measure of a milestone, the phase a transition leaves',
  })
  detail!: string | null;

  @ApiProperty({ type: TodoInitiativeSchema })
  initiative!: { id: string; name: string };

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ enum: ['agreement', 'phases', 'action-plan', 'reports', 'measurements'] })
  section!: TodoSection;

  @ApiProperty({ type: TodoLinkSchema })
  link!: TodoLink;
}

export class InitiativeTodosSchema implements InitiativeTodos {
  @ApiProperty({
    type: [TodoItemSchema],
    description: 'Overdue first, then by due date; at most 50',
  })
  items!: TodoItem[];

  @ApiProperty({ description: "All the caller's to-dos in the initiative" })
  total!: number;
}

class InitiativeTotalSchema extends TodoInitiativeSchema {
  @ApiProperty()
  total!: number;
}

export class MyTodosSchema implements MyTodos {
  @ApiProperty({
    type: [TodoItemSchema],
    description: 'Overdue first, then by due date; at most 50',
  })
  items!: TodoItem[];

  @ApiProperty({
    type: [InitiativeTotalSchema],
    description: 'How many to-dos each initiative holds (those with none are left out)',
  })
  initiatives!: { id: string; name: string; total: number }[];

  @ApiProperty()
  total!: number;
}
