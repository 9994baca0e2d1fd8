import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Phase, TodoItem, TodoKind } from '@gw/shared/contracts';
import { messageOf } from '@gw/web/shared/data-access';
import { I18nService, phaseKey, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, formatPeriod } from '@gw/web/shared/ui';
import { TodosStore } from '@gw/web/todos/data-access';
import { todos } from '../todos.i18n';

/** The icon of each kind of to-do. */
const ICONS: Record<TodoKind, string> = {
  signature: 'how_to_vote',
  transition: 'flag',
  baseline_approval: 'thumb_up',
  report_approval: 'description',
  value_review: 'visibility',
  value_correction: 'undo',
  delivery: 'monitoring',
  milestone: 'event',
};

/** A to-do as the list shows it: what to do, about what, until when, and where. */
interface TodoLine {
  item: TodoItem;
  icon: string;
  action: string;
  context: string;
  due: string | null;
}

/**
 * What waits for the user, overdue first, each a link to where it is done: in the initiative
 * `initiativeId` (its overview), or across all of the user's initiatives (the start page) when
 * none is given. Read afresh on every visit, so that what was done meanwhile is gone.
 */
@Component({
  selector: 'gw-todo-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './todo-list.component.html',
  styleUrl: './todo-list.component.scss',
})
export class TodoListComponent {
  /** The initiative whose to-dos to show; none: the user's across all initiatives. */
  readonly initiativeId = input<string | null>(null);

  private readonly i18n = inject(I18nService);
  protected readonly store = inject(TodosStore);
  private readonly all = computed(() => this.initiativeId() === null);

  protected readonly loading = computed(() =>
    this.all() ? this.store.myLoading() : this.store.initiativeLoading(),
  );
  protected readonly errorMessage = messageOf(
    computed(() => (this.all() ? this.store.myError() : this.store.initiativeError())),
  );
  private readonly list = computed(() =>
    this.all() ? this.store.myTodos() : this.store.initiativeTodos(),
  );
  protected readonly lines = computed(() => this.list()?.items.map((item) => this.line(item)));
  protected readonly total = computed(() => this.list()?.total ?? 0);
  protected readonly more = computed(() => this.total() - (this.lines()?.length ?? 0));

  constructor() {
    // The component is part of other features' pages, not a route of its own: its texts come
    // with it instead of with a route.
    this.i18n.addTexts(todos);
    effect(() => {
      const id = this.initiativeId();
      untracked(() => void this.load(id));
    });
  }

  protected retry(): void {
    void this.load(this.initiativeId());
  }

  private load(initiativeId: string | null): Promise<void> {
    return initiativeId ? this.store.loadInitiative(initiativeId) : this.store.loadMine();
  }

  private line(item: TodoItem): TodoLine {
    const t = this.i18n.t.bind(this.i18n);
    const title = item.kind === 'transition' ? t(phaseKey(item.title as Phase)) : item.title;
    const context: string[] = [];
    const detail = item.detail ?? '';
    switch (item.kind) {
      case 'signature':
        context.push(t('todos.for', { actor: detail }));
        break;
      case 'transition':
        context.push(`${t(phaseKey(detail as Phase))} → ${title}`);
        break;
      case 'baseline_approval':
      case 'report_approval':
        context.push(title, t('todos.version', { n: detail }));
        break;
      case 'milestone':
        context.push(t('todos.measure', { title: detail }));
        break;
      default:
        context.push(formatPeriod(detail, this.i18n, 'todos.period'));
    }
    if (this.all()) context.push(item.initiative.name);
    const date = item.dueDate ? this.i18n.formatDate(`${item.dueDate}T12:00:00`) : null;
    return {
      item,
      icon: ICONS[item.kind],
      action: t(`todos.kind.${item.kind}`, { title }),
      context: context.join(' · '),
      due: date && t(item.overdue ? 'todos.overdue' : 'todos.due', { date }),
    };
  }
}
