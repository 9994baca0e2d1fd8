import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  type CollectionPlanRow,
  IndicatorsStore,
  markCollectionPlan,
  todayIso,
} from '@gw/web/indicators/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  formatPeriod,
  fromIsoDate,
  toIsoDate,
} from '@gw/web/shared/ui';
import { frequencyKey } from '../indicator-keys';
import { formatCalendarDate } from '../format';

/** The filter "anyone": every line. */
const ALL = '';
/** The actor filter for lines without a responsible actor. */
const NO_ACTOR = '-';

/**
 * `indicators/collection-plan`: who delivers which value by when. Per indicator the period that
 * contains a day (today unless chosen) and the past periods still without a value, by due date;
 * overdue deliveries are marked, and the list can be narrowed to one steward or one actor.
 */
@Component({
  selector: 'gw-collection-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './collection-plan.component.html',
  styleUrl: './collection-plan.component.scss',
})
export class CollectionPlanComponent {
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(IndicatorsStore);
  protected readonly frequencyKey = frequencyKey;
  protected readonly all = ALL;
  protected readonly noActor = NO_ACTOR;
  protected readonly today = todayIso();
  protected readonly errorMessage = messageOf(this.store.planError);

  /** The day the plan is for. */
  protected readonly day = new FormControl<Date | null>(fromIsoDate(this.today));
  private readonly dayValue = toSignal(this.day.valueChanges, { initialValue: this.day.value });
  protected readonly steward = signal(ALL);
  protected readonly actor = signal(ALL);

  protected readonly rows = computed(() => markCollectionPlan(this.store.plan() ?? [], this.today));
  protected readonly stewards = computed(() => {
    const names = new Map<string, string>();
    for (const row of this.rows()) {
      for (const steward of row.stewards) names.set(steward.memberId, steward.displayName);
    }
    return [...names].map(([id, name]) => ({ id, name })).sort(byName);
  });
  protected readonly actors = computed(() => {
    const names = this.store.actorNames();
    const ids = new Set(this.rows().flatMap((row) => row.responsibleActorId ?? []));
    return [...ids].map((id) => ({ id, name: names.get(id) ?? '' })).sort(byName);
  });
  protected readonly shown = computed(() =>
    this.rows().filter(
      (row) =>
        (this.steward() === ALL || row.stewards.some((s) => s.memberId === this.steward())) &&
        (this.actor() === ALL ||
          (this.actor() === NO_ACTOR
            ? !row.responsibleActorId
            : row.responsibleActorId === this.actor())),
    ),
  );
  protected readonly overdueCount = computed(
    () => this.shown().filter((row) => row.overdue).length,
  );
  protected readonly filtered = computed(() => this.steward() !== ALL || this.actor() !== ALL);

  constructor() {
    effect(() => {
      const date = this.dayValue();
      if (this.day.invalid) return;
      const iso = toIsoDate(date);
      untracked(() => void this.store.loadPlan(iso === this.today ? null : iso));
    });
  }

  protected showToday(): void {
    this.day.setValue(fromIsoDate(this.today));
  }

  protected resetFilters(): void {
    this.steward.set(ALL);
    this.actor.set(ALL);
  }

  protected retry(): void {
    void this.store.loadPlan(this.store.planDate());
  }

  protected period(row: CollectionPlanRow): string {
    return formatPeriod(row.period, this.i18n, 'indicators.period');
  }

  protected date(date: string): string {
    return formatCalendarDate(date, this.i18n);
  }

  protected actorName(row: CollectionPlanRow): string | null {
    return row.responsibleActorId
      ? (this.store.actorNames().get(row.responsibleActorId) ?? null)
      : null;
  }

  protected stewardNames(row: CollectionPlanRow): string {
    return row.stewards.map((steward) => steward.displayName).join(', ');
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'de', { sensitivity: 'base' });
}
