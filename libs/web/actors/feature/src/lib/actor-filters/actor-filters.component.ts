import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ACTOR_AREAS, ACTOR_KINDS, type ActorArea, type ActorKind } from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import {
  TranslatePipe,
  type TranslationKey,
  actorAreaKey,
  actorKindKey,
} from '@gw/web/shared/i18n';

const FLAGS = ['existingCooperation', 'plannedCoreGroup', 'extendedForums', 'isPartner'] as const;
type Flag = (typeof FLAGS)[number];

const FLAG_LABELS: Record<Flag, TranslationKey> = {
  existingCooperation: 'actors.field.existingCooperation',
  plannedCoreGroup: 'actors.field.plannedCoreGroup',
  extendedForums: 'actors.field.extendedForums',
  isPartner: 'actors.field.isPartner',
};

/** Typing pauses this long before the search is sent. */
const SEARCH_DELAY_MS = 300;

/** Search, area, kind and the tick boxes of the actor table as filters. */
@Component({
  selector: 'gw-actor-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './actor-filters.component.html',
  styleUrl: './actor-filters.component.scss',
})
export class ActorFiltersComponent {
  protected readonly store = inject(ActorsStore);

  protected readonly areas = ACTOR_AREAS;
  protected readonly kinds = ACTOR_KINDS;
  protected readonly flags = FLAGS;
  protected readonly flagLabels = FLAG_LABELS;
  protected readonly areaKey = actorAreaKey;
  protected readonly kindKey = actorKindKey;
  protected readonly selectedFlags = computed(() =>
    FLAGS.filter((flag) => this.store.query()[flag] === true),
  );
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected search(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(
      () => void this.store.setQuery({ q: value.trim() || undefined }),
      SEARCH_DELAY_MS,
    );
  }

  protected setArea(area: ActorArea | null): void {
    void this.store.setQuery({ area: area ?? undefined });
  }

  protected setKind(kind: ActorKind | null): void {
    void this.store.setQuery({ kind: kind ?? undefined });
  }

  protected setFlags(event: MatChipListboxChange): void {
    const chosen = (event.value ?? []) as Flag[];
    void this.store.setQuery(
      Object.fromEntries(FLAGS.map((flag) => [flag, chosen.includes(flag) ? true : undefined])),
    );
  }

  protected reset(search: HTMLInputElement): void {
    clearTimeout(this.searchTimer);
    search.value = '';
    void this.store.resetFilters();
  }
}
