import { Injectable } from '@nestjs/common';
import type {
  InitiativeTodos,
  MyTodos,
  TodoItem,
  TodoKind,
  TodoLink,
  TodoSection,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import {
  calendarDateIn,
  dueDateOf,
  missingPeriods,
} from '../../modules/indicators/collection-period';
import { deliveredSince } from '../../modules/indicators/collection-plan';
import { DELIVERIES, type DeliveryRow, TODOS, type TodoRow } from './todos.queries';

/** The initiatives are German municipalities: "today" is today in Germany. */
const TIME_ZONE = 'Europe/Berlin';

/** At most this many to-dos per initiative, and across all of the caller's initiatives. */
export const TODO_LIMIT = 50;

/** At most this many indicators per initiative are checked for missing values. */
const INDICATOR_LIMIT = 200;

/** The section of the initiative where each kind is done. */
const SECTIONS: Record<TodoKind, TodoSection> = {
  signature: 'agreement',
  transition: 'phases',
  baseline_approval: 'action-plan',
  report_approval: 'reports',
  value_review: 'measurements',
  value_correction: 'measurements',
  delivery: 'measurements',
  milestone: 'action-plan',
};

/**
 * What waits for the caller: signatures to give, approvals to decide, values to review or to
 * correct, values due or overdue, overdue milestones of their working groups. Read afresh on
 * each request, so that a to-do is gone as soon as it is done.
 */
@Injectable()
export class TodosService {
  constructor(private readonly sql: SqlService) {}

  async ofInitiative(user: AuthenticatedUser, access: InitiativeAccess): Promise<InitiativeTodos> {
    const { items, totals } = await this.read(user, access.initiativeId);
    return {
      items: items.slice(0, TODO_LIMIT),
      total: totals.get(access.initiativeId)?.total ?? 0,
    };
  }

  async mine(user: AuthenticatedUser): Promise<MyTodos> {
    const { items, totals } = await this.read(user, null);
    const initiatives = [...totals.values()];
    return {
      items: items.slice(0, TODO_LIMIT),
      initiatives,
      total: initiatives.reduce((sum, initiative) => sum + initiative.total, 0),
    };
  }

  private async read(user: AuthenticatedUser, initiativeId: string | null) {
    const today = calendarDateIn(TIME_ZONE, new Date());
    const [rows, deliveries] = await Promise.all([
      this.sql.rows<TodoRow>(TODOS, [user.id, initiativeId, today, TODO_LIMIT]),
      this.sql.rows<DeliveryRow>(DELIVERIES, [
        user.id,
        initiativeId,
        deliveredSince(today),
        INDICATOR_LIMIT,
      ]),
    ]);
    const totals = new Map<string, { id: string; name: string; total: number }>();
    const count = (id: string, name: string, n: number) => {
      const entry = totals.get(id) ?? { id, name, total: 0 };
      entry.total += n;
      totals.set(id, entry);
    };
    const items: TodoItem[] = [];
    for (const row of rows) {
      if (!totals.has(row.initiative_id)) count(row.initiative_id, row.initiative_name, row.total);
      items.push(item(row, today));
    }
    for (const row of deliveries) {
      const due = deliveryItems(row, today);
      count(row.initiative_id, row.initiative_name, due.length);
      items.push(...due);
    }
    return { items: items.sort(byUrgency), totals };
  }
}

function item(row: TodoRow, today: string): TodoItem {
  const initiative = { id: row.initiative_id, name: row.initiative_name };
  return {
    kind: row.kind,
    title: row.title,
    detail: row.detail,
    initiative,
    dueDate: row.due_date,
    overdue: row.due_date !== null && row.due_date < today,
    section: SECTIONS[row.kind],
    link: link(row.initiative_id, row),
  };
}

function link(initiativeId: string, row: Pick<TodoRow, 'kind' | 'ref' | 'number'>): TodoLink {
  const base = ['/initiatives', initiativeId, SECTIONS[row.kind]];
  const number = String(row.number ?? '');
  switch (row.kind) {
    case 'signature':
      return { path: base, query: { v: number } };
    case 'baseline_approval':
      return { path: [...base, 'baselines', number], query: {} };
    case 'report_approval':
      return { path: [...base, row.ref], query: {} };
    case 'value_correction':
      return { path: [...base, row.ref], query: {} };
    default:
      return { path: base, query: {} };
  }
}

/** The indicator's past periods still without a value: due within the grace days or overdue. */
function deliveryItems(row: DeliveryRow, today: string): TodoItem[] {
  return missingPeriods(row.frequency, row.since, new Set(row.measured), today).map((period) => {
    const dueDate = dueDateOf(period);
    return {
      kind: 'delivery',
      title: row.name,
      detail: period.key,
      initiative: { id: row.initiative_id, name: row.initiative_name },
      dueDate,
      overdue: dueDate < today,
      section: SECTIONS.delivery,
      link: {
        path: ['/initiatives', row.initiative_id, SECTIONS.delivery, row.indicator_id],
        query: {},
      },
    };
  });
}

/** Overdue first (the longest overdue on top), then by due date, then those without one. */
function byUrgency(a: TodoItem, b: TodoItem): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate.localeCompare(b.dueDate);
}
