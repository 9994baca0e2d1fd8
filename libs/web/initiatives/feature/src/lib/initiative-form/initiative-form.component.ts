import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  INITIATIVE_LIMITS,
  SUPPRESSION_THRESHOLD_LIMITS,
  TARGET_GROUPS,
} from '@gw/shared/contracts';
import { FieldErrorPipe, TranslatePipe, targetGroupKey } from '@gw/web/shared/i18n';
import { ChipsFieldComponent } from '@gw/web/shared/ui';
import type { InitiativeForm } from './initiative-form';

/** The fields of an initiative's profile; the page around it owns the form and submits it. */
@Component({
  selector: 'gw-initiative-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ChipsFieldComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './initiative-form.component.html',
  styleUrl: './initiative-form.component.scss',
})
export class InitiativeFormComponent {
  readonly form = input.required<InitiativeForm>();
  /** The settings of an existing initiative; a new one starts with the API's defaults. */
  readonly withSettings = input(false);

  protected readonly limits = INITIATIVE_LIMITS;
  protected readonly thresholdLimits = SUPPRESSION_THRESHOLD_LIMITS;
  protected readonly targetGroups = TARGET_GROUPS.map((group) => ({
    group,
    label: targetGroupKey(group),
  }));

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    // Errors from the server arrive after a request: render them although no input changed.
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() => changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected showTargetGroupError(): boolean {
    const form = this.form();
    const touched = form.controls.targetGroups.touched || form.controls.customTargetGroups.touched;
    return touched && (form.hasError('targetGroupRequired') || form.controls.targetGroups.invalid);
  }
}
