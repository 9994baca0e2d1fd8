import { Injectable, Injector, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Measure } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import {
  MeasurePlanStore,
  type MeasureAccess,
  MeasuresStore,
  measureAccess,
} from '@gw/web/action-plan/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { confirm, openFormDialog } from '@gw/web/shared/ui';
import {
  MeasureDialogComponent,
  type MeasureDialogData,
} from './measure-dialog/measure-dialog.component';

/**
 * Adding, editing and deleting a measure, the same from the list and from the timeline.
 * Provided by the action plan's route, whose injector holds the date adapter for the dialog.
 */
@Injectable()
export class MeasureActions {
  private readonly initiatives = inject(InitiativesStore);
  private readonly plan = inject(MeasurePlanStore);
  private readonly store = inject(MeasuresStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  readonly isCoordination = this.initiatives.isCoordination;

  /** What the signed-in user may do with the measure. */
  access(measure: Measure | null): MeasureAccess {
    return measureAccess(this.initiatives.myRole(), measure, this.plan.myGroupIds());
  }

  async add(): Promise<void> {
    const created = await this.open({ measure: null, access: 'all' });
    if (created) this.notify(this.i18n.t('measures.created', { title: created.title }));
  }

  async edit(measure: Measure): Promise<void> {
    const access = this.access(measure);
    if (access === 'none') return;
    if (await this.open({ measure, access })) this.notify(this.i18n.t('measures.saved'));
  }

  async remove(measure: Measure): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('measures.delete.title'),
      text: this.i18n.t('measures.delete.text', { title: measure.title }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(measure);
      this.notify(this.i18n.t('measures.deleted', { title: measure.title }));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private open(data: MeasureDialogData): Promise<Measure | undefined> {
    return openFormDialog<MeasureDialogComponent, MeasureDialogData, Measure>(
      this.dialog,
      MeasureDialogComponent,
      data,
      this.injector,
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
