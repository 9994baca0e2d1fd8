import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PROBLEM_TYPES, type Dimension } from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { type ProblemMessage, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  confirm,
  openFormDialog,
} from '@gw/web/shared/ui';
import {
  DimensionDialogComponent,
  type DimensionDialogData,
} from '../dimension-dialog/dimension-dialog.component';

/**
 * `indicators/dimensions`: the Disaggregationsmerkmale (Stadtteil, Altersgruppe, …) by which the
 * values of indicators are broken down, each with its ordered values. The coordination office
 * maintains them; one still in use cannot be deleted.
 */
@Component({
  selector: 'gw-dimensions-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './dimensions-view.component.html',
  styleUrl: './dimensions-view.component.scss',
})
export class DimensionsViewComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(IndicatorsStore);

  protected readonly isCoordination = this.initiatives.isCoordination;
  /** Why the last deletion was refused. */
  protected readonly refusal = signal<ProblemMessage | null>(null);
  /** The indicators broken down by each dimension. */
  protected readonly usage = computed(() => {
    const usage = new Map<string, string[]>();
    for (const indicator of this.store.indicators() ?? []) {
      for (const id of indicator.dimensionIds) {
        usage.set(id, [...(usage.get(id) ?? []), indicator.name]);
      }
    }
    return usage;
  });

  protected async add(): Promise<void> {
    const created = await this.open(null);
    if (created) this.notify(this.i18n.t('indicators.dimensions.created', { name: created.name }));
  }

  protected async edit(dimension: Dimension): Promise<void> {
    const saved = await this.open(dimension);
    if (saved) this.notify(this.i18n.t('indicators.dimensions.saved', { name: saved.name }));
  }

  protected async remove(dimension: Dimension): Promise<void> {
    this.refusal.set(null);
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('indicators.dimensions.delete.title'),
      text: this.i18n.t('indicators.dimensions.delete.text', { name: dimension.name }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.removeDimension(dimension);
      this.notify(this.i18n.t('indicators.dimensions.deleted', { name: dimension.name }));
    } catch (error) {
      const problem = toProblem(error);
      if (problem.type === PROBLEM_TYPES.inUse) {
        // The list here may be older than the server's: load it again, then name the users.
        await this.store.reload();
        const users = this.usage().get(dimension.id) ?? [];
        this.refusal.set({
          key: users.length ? 'indicators.dimensions.inUse' : 'error.inUse',
          params: { name: dimension.name, indicators: users.map((n) => `„${n}“`).join(', ') },
        });
      } else {
        this.refusal.set(problemMessage(problem));
      }
    }
  }

  private open(dimension: Dimension | null): Promise<Dimension | undefined> {
    return openFormDialog<DimensionDialogComponent, DimensionDialogData, Dimension>(
      this.dialog,
      DimensionDialogComponent,
      { dimension },
      this.injector,
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
