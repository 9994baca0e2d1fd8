import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { DIMENSION_LIMITS, type Dimension } from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { FormDialogComponent } from '@gw/web/shared/ui';
import {
  createDimensionForm,
  createValueForm,
  fillDimensionForm,
  moveValue,
  toDimensionInput,
} from './dimension-form';

export interface DimensionDialogData {
  /** The dimension to edit; null to add one. */
  dimension: Dimension | null;
}

/** Adds or edits a disaggregation dimension: its name and its values in order. */
@Component({
  selector: 'gw-dimension-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './dimension-dialog.component.html',
  styleUrl: './dimension-dialog.component.scss',
})
export class DimensionDialogComponent {
  private readonly store = inject(IndicatorsStore);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly dialogRef =
    inject<MatDialogRef<DimensionDialogComponent, Dimension>>(MatDialogRef);
  protected readonly data = inject<DimensionDialogData>(MAT_DIALOG_DATA);

  protected readonly limits = DIMENSION_LIMITS;
  protected readonly dimension = signal<Dimension | null>(this.data.dimension);
  protected readonly form = createDimensionForm();
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });
  /** Said to screen readers after a value moved, since the focus stays on the button. */
  protected readonly announcement = signal('');

  constructor() {
    fillDimensionForm(this.form, this.data.dimension);
  }

  protected addValue(): void {
    this.form.controls.values.push(createValueForm());
    this.form.markAsDirty();
    const index = this.form.controls.values.length - 1;
    afterNextRender(() => this.focusValue(index), { injector: this.injector });
  }

  protected removeValue(index: number): void {
    this.form.controls.values.removeAt(index);
    this.form.markAsDirty();
  }

  protected move(index: number, step: -1 | 1): void {
    const value = this.form.controls.values.at(index).controls.value.value;
    moveValue(this.form, index, step);
    const position = index + step + 1;
    this.announcement.set(this.i18n.t('indicators.dimensions.moved', { value, position }));
    // The button pressed may have gone (first or last place): keep the focus on the row.
    afterNextRender(() => this.focusMoveButton(index + step, step), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const current = this.dimension();
      const input = toDimensionInput(this.form);
      const saved = current
        ? await this.store.updateDimension(current, input)
        : await this.store.createDimension(input);
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.dimensions()?.find((item) => item.id === this.dimension()?.id);
    if (!fresh) {
      this.dialogRef.close();
      return;
    }
    this.dimension.set(fresh);
    fillDimensionForm(this.form, fresh);
    this.submission.reset();
  }

  private focusValue(index: number): void {
    this.host.nativeElement
      .querySelectorAll<HTMLInputElement>('input[data-value-input]')
      [index]?.focus();
  }

  private focusMoveButton(index: number, step: -1 | 1): void {
    const row = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-value-row]')[index];
    const buttons = row?.querySelectorAll<HTMLButtonElement>('button[data-move]:not([disabled])');
    const preferred = row?.querySelector<HTMLButtonElement>(
      `button[data-move="${step}"]:not([disabled])`,
    );
    (preferred ?? buttons?.[0])?.focus();
  }
}
