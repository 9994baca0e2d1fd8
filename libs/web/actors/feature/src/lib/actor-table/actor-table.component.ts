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
import { MatIconModule } from '@angular/material/icon';
import { type Sort, MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import type { Actor, ActorSortField } from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import {
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
 * representatives). It only shows: with a hundred actors, live selects and tick boxes in every row
 * invited changes by a stray click or scroll. The coordination office changes a row on purpose,
 * through its edit button (the actor dialog), and deletes it there too.
 */
@Component({
  selector: 'gw-actor-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
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
}
