import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '@gw/web/shared/i18n';
import { ConfirmDiscardDirective } from './confirm-discard.directive';
import { ErrorMessageComponent } from '../error-message/error-message.component';
import { StaleNoticeComponent } from '../stale-notice/stale-notice.component';
import { SubmitButtonComponent } from '../submit-button/submit-button.component';

/** What the scaffold shows of a form's submit flow; the forms' `FormSubmit` is one. */
export interface DialogSubmission {
  saving(): boolean;
  stale(): boolean;
  visibleError(): { key: TranslationKey; params?: TranslationParams } | null;
}

/**
 * The frame of every dialog with a form: title, the scrolling content with the fields (projected)
 * and the form's error at its end, and Cancel / Save. With a `staleMessage` it also says when
 * someone else saved meanwhile, offers to reload (`reload`) and blocks saving. Cancel, Escape and a
 * click outside ask before a changed form is discarded (`ConfirmDiscardDirective`). It goes inside the
 * dialog's form, which stays in the dialog's template (the projected fields find their form group
 * there, and Save submits it):
 *
 * ```html
 * <form [formGroup]="form" (ngSubmit)="save()" novalidate>
 *   <gw-form-dialog [heading]="…" [submission]="submission">
 *     <mat-form-field>…</mat-form-field>
 *   </gw-form-dialog>
 * </form>
 * ```
 */
@Component({
  selector: 'gw-form-dialog',
  // Escape, a click outside and Cancel ask before a changed form is thrown away.
  hostDirectives: [ConfirmDiscardDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <mat-dialog-content class="gw-form">
      @if (staleMessage(); as message) {
        @if (submission().stale()) {
          <gw-stale-notice [message]="message" (reload)="reload.emit()" />
        }
      }
      <ng-content />
      @if (submission().visibleError(); as error) {
        <gw-error-message [message]="error.key | t: error.params" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="discard.cancel()">
        {{ 'action.cancel' | t }}
      </button>
      <gw-submit-button
        [busy]="submission().saving()"
        [disabled]="!!staleMessage() && submission().stale()"
      >
        {{ submitLabel() ?? ('action.save' | t) }}
      </gw-submit-button>
    </mat-dialog-actions>
  `,
  // The host lays the title, content and actions out as children of the form, as without this
  // frame. A dialog that wants more room between its fields sets --gw-dialog-field-gap.
  styles: `
    :host {
      display: contents;
    }
    .gw-form {
      gap: var(--gw-dialog-field-gap, var(--gw-space-1));
    }
  `,
})
export class FormDialogComponent {
  protected readonly discard = inject(ConfirmDiscardDirective);
  readonly heading = input.required<string>();
  readonly submission = input.required<DialogSubmission>();
  /** Said when someone else saved a newer version meanwhile; without it there is no such case. */
  readonly staleMessage = input<string>();
  readonly reload = output<void>();
  /** The submit button's word where „Speichern“ does not say it, e.g. „Erstellen“. */
  readonly submitLabel = input<string>();
}
