import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';

/** A list of free-text entries as chips, bound to a `FormControl<string[]>`. */
@Component({
  selector: 'gw-chips-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatChipsModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()">
        @for (item of items(); track item) {
          <mat-chip-row (removed)="remove(item)">
            {{ item }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'action.removeItem' | t: { item }"
            >
              <mat-icon svgIcon="cancel" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Beside the grid, not in it: a grid may hold only rows of chips (axe-core's
           aria-required-children), and the input is none. -->
      <input
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
      />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ control().errors | gwFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
  `,
})
export class ChipsFieldComponent {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly hint = input<string>();

  protected readonly separators = [ENTER, COMMA];
  protected readonly items = signal<readonly string[]>([]);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    // The control may change from outside (reset, server errors): follow it.
    effect((onCleanup) => {
      const control = this.control();
      this.items.set(control.value);
      const subscription = control.events.subscribe(() => {
        this.items.set(control.value);
        changeDetector.markForCheck();
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected add(event: MatChipInputEvent): void {
    const value = event.value.trim();
    const control = this.control();
    if (value && !control.value.includes(value)) {
      control.setValue([...control.value, value]);
      control.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(item: string): void {
    const control = this.control();
    control.setValue(control.value.filter((existing) => existing !== item));
    control.markAsDirty();
  }
}
