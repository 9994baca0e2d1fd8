import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { type MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type Sort, MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  type Actor,
  type ActorSortField,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  actorAreaKey,
  actorKindKey,
} from '@gw/web/shared/i18n';
import { ActorDetailsComponent } from '../actor-details/actor-details.component';

type Flag = 'existingCooperation' | 'plannedCoreGroup' | 'extendedForums' | 'isPartner';

interface FlagColumn {
  flag: Flag;
  header: TranslationKey;
  label: TranslationKey;
}

const FLAG_COLUMNS: FlagColumn[] = [
  {
    flag: 'existingCooperation',
    header: 'actors.column.existingCooperation',
    label: 'actors.field.existingCooperation',
  },
  {
    flag: 'plannedCoreGroup',
    header: 'actors.column.plannedCoreGroup',
    label: 'actors.field.plannedCoreGroup',
  },
  {
    flag: 'extendedForums',
    header: 'actors.column.extendedForums',
    label: 'actors.field.extendedForums',
  },
  { flag: 'isPartner', header: 'actors.field.isPartner', label: 'actors.field.isPartner' },
];

/**
 * The actor table: sortable, each row expandable to its details (contacts, contributions,
 * representatives). For the coordination office
 * area, kind and the tick boxes change right in the row; edit and delete are per row.
 */
@Component({
  selector: 'gw-actor-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ActorDetailsComponent,
    TranslatePipe,
  ],
  templateUrl: './actor-table.component.html',
  styleUrl: './actor-table.component.scss',
})
export class ActorTableComponent {
  readonly actors = input.required<Actor[]>();
  readonly canEdit = input(false);
  /** Whether the member may read contact persons (coordination and steering group). */
  readonly showContacts = input(false);
  readonly edit = output<Actor>();
  readonly remove = output<Actor>();

  protected readonly store = inject(ActorsStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly areas = ACTOR_AREAS;
  protected readonly kinds = ACTOR_KINDS;
  protected readonly flagColumns = FLAG_COLUMNS;
  protected readonly areaKey = actorAreaKey;
  protected readonly kindKey = actorKindKey;
  protected readonly expanded = signal<string | null>(null);
  protected readonly columns = computed(() => [
    'name',
    'area',
    'kind',
    ...FLAG_COLUMNS.map((column) => column.flag),
    ...(this.canEdit() ? ['actions'] : []),
  ]);

  protected toggle(actor: Actor): void {
    this.expanded.update((id) => (id === actor.id ? null : actor.id));
  }

  protected sort(sort: Sort): void {
    const field = sort.direction ? (sort.active as ActorSortField) : 'name';
    void this.store.setQuery({ sort: field, direction: sort.direction || 'asc' });
  }

  protected async setFlag(actor: Actor, flag: Flag, event: MatCheckboxChange): Promise<void> {
    const saved = await this.save(actor, { [flag]: event.checked });
    // The row stays as it was: put the tick back where it was before the click.
    if (!saved) event.source.checked = !event.checked;
  }

  protected async setChoice(
    actor: Actor,
    field: 'area' | 'kind',
    event: MatSelectChange,
  ): Promise<void> {
    const saved = await this.save(actor, { [field]: event.value as string });
    if (!saved) event.source.value = actor[field];
  }

  private async save(actor: Actor, changes: Partial<Actor>): Promise<boolean> {
    try {
      await this.store.update(actor, changes);
      return true;
    } catch (error) {
      const problem = toProblem(error);
      const stale = problem.type === PROBLEM_TYPES.staleVersion;
      this.notify(
        stale
          ? this.i18n.t('actors.staleRow', { name: actor.name })
          : this.i18n.t(problemMessage(problem).key),
      );
      if (stale) await this.store.reload();
      return false;
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 6000 });
  }
}
