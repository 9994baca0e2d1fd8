import { ChangeDetectionStrategy, Component, Injector, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Indicator, Member } from '@gw/shared/contracts';
import { IndicatorsStore, todayIso } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, confirm, openFormDialog } from '@gw/web/shared/ui';
import { IndicatorCardComponent } from '../indicator-card/indicator-card.component';
import {
  IndicatorDialogComponent,
  type IndicatorDialogData,
} from '../indicator-dialog/indicator-dialog.component';

/**
 * `indicators`: the catalogue by goal. An indicator serving several goals appears under each;
 * those serving none come last. The coordination office defines, edits and deletes them.
 */
@Component({
  selector: 'gw-indicator-catalogue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    IndicatorCardComponent,
    TranslatePipe,
  ],
  templateUrl: './indicator-catalogue.component.html',
  styleUrl: './indicator-catalogue.component.scss',
})
export class IndicatorCatalogueComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(IndicatorsStore);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly today = todayIso();
  /** While the members for the dialog load: the button waits. */
  protected readonly opening = signal(false);

  protected async add(): Promise<void> {
    const created = await this.open(null);
    if (created) this.notify(this.i18n.t('indicators.created', { name: created.name }));
  }

  protected async edit(indicator: Indicator): Promise<void> {
    const saved = await this.open(indicator);
    if (saved) this.notify(this.i18n.t('indicators.saved', { name: saved.name }));
  }

  protected async remove(indicator: Indicator): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('indicators.delete.title'),
      text: this.i18n.t('indicators.delete.text', { name: indicator.name }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(indicator);
      this.notify(this.i18n.t('indicators.deleted', { name: indicator.name }));
    } catch (error) {
      const message = problemMessage(toProblem(error));
      this.notify(this.i18n.t(message.key, message.params));
    }
  }

  private async open(indicator: Indicator | null): Promise<Indicator | undefined> {
    if (this.opening()) return undefined;
    this.opening.set(true);
    let members: Member[] = [];
    try {
      members = await this.store.loadMembers();
    } catch {
      // Without the member list the current stewards can still be kept; others come later.
    } finally {
      this.opening.set(false);
    }
    return openFormDialog<IndicatorDialogComponent, IndicatorDialogData, Indicator>(
      this.dialog,
      IndicatorDialogComponent,
      {
        indicator,
        goals: this.store.goals(),
        actors: this.store.actors(),
        members,
        dimensions: this.store.dimensions() ?? [],
      },
      this.injector,
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
