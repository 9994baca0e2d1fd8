import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  COLLECTION_FREQUENCIES,
  type Dimension,
  type Goal,
  INDICATOR_CATEGORIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_LIMITS,
  INDICATOR_VISIBILITIES,
  type Indicator,
  type Member,
} from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { FormDialogComponent } from '@gw/web/shared/ui';
import {
  categoryKey,
  directionKey,
  frequencyKey,
  visibilityHintKey,
  visibilityKey,
} from '../indicator-keys';
import {
  createIndicatorForm,
  createTargetForm,
  fillIndicatorForm,
  toIndicatorInput,
} from './indicator-form';

export interface IndicatorDialogData {
  /** The indicator to edit; null to define one. */
  indicator: Indicator | null;
  goals: Goal[];
  actors: { id: string; name: string }[];
  /** The members to choose stewards from. */
  members: Member[];
  dimensions: Dimension[];
}

/**
 * Defines or edits a shared indicator with everything about it: what it measures and how
 * (category, unit, direction), the goals it serves, baseline and targets, who delivers its values
 * how often, its dimensions and who may see it.
 */
@Component({
  selector: 'gw-indicator-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FormDialogComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './indicator-dialog.component.html',
  styleUrl: './indicator-dialog.component.scss',
})
export class IndicatorDialogComponent {
  private readonly store = inject(IndicatorsStore);
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<IndicatorDialogComponent, Indicator>>(MatDialogRef);
  protected readonly data = inject<IndicatorDialogData>(MAT_DIALOG_DATA);

  protected readonly categories = INDICATOR_CATEGORIES;
  protected readonly directions = INDICATOR_DIRECTIONS;
  protected readonly frequencies = COLLECTION_FREQUENCIES;
  protected readonly visibilities = INDICATOR_VISIBILITIES;
  protected readonly limits = INDICATOR_LIMITS;
  protected readonly categoryKey = categoryKey;
  protected readonly directionKey = directionKey;
  protected readonly frequencyKey = frequencyKey;
  protected readonly visibilityKey = visibilityKey;
  protected readonly visibilityHintKey = visibilityHintKey;

  private readonly lang = () => this.i18n.lang();
  /** The indicator as last read; after a conflict, the version someone else saved. */
  protected readonly indicator = signal<Indicator | null>(this.data.indicator);
  /** The members, and the current stewards even when they are no members any more. */
  protected readonly stewardChoices = computed(() => {
    const members = this.data.members.map((member) => ({
      id: member.id,
      name: member.displayName,
    }));
    const missing = (this.indicator()?.stewards ?? [])
      .filter((steward) => !members.some((member) => member.id === steward.memberId))
      .map((steward) => ({ id: steward.memberId, name: steward.displayName }));
    return [...missing, ...members];
  });

  protected readonly form = createIndicatorForm(this.lang);
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  constructor() {
    fillIndicatorForm(this.form, this.data.indicator, this.lang);
  }

  protected addTarget(): void {
    this.form.controls.targets.push(createTargetForm(this.lang));
    this.form.markAsDirty();
  }

  protected removeTarget(index: number): void {
    this.form.controls.targets.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const current = this.indicator();
      const input = toIndicatorInput(this.form, this.lang());
      const saved = current
        ? await this.store.update(current, input)
        : await this.store.create(input);
      this.dialogRef.close(saved);
    });
  }

  /** After a conflict: show what someone else saved and edit from there. */
  protected async reloadAfterConflict(): Promise<void> {
    await this.store.reload();
    const fresh = this.store.indicators()?.find((item) => item.id === this.indicator()?.id);
    if (!fresh) {
      this.dialogRef.close();
      return;
    }
    this.indicator.set(fresh);
    fillIndicatorForm(this.form, fresh, this.lang);
    this.submission.reset();
  }
}
