import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ErrorMessageComponent,
  PageHeaderComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';
import { createInitiativeForm, toInitiativeRequest } from '../initiative-form/initiative-form';
import { InitiativeFormComponent } from '../initiative-form/initiative-form.component';

@Component({
  selector: 'gw-create-initiative',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    SubmitButtonComponent,
    InitiativeFormComponent,
    TranslatePipe,
  ],
  template: `
    <gw-page-header
      [title]="'initiatives.create.title' | t"
      [intro]="'initiatives.create.intro' | t"
    />
    <form class="gw-card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <gw-initiative-form [form]="form" />
      @if (submission.visibleError(); as error) {
        <gw-error-message [message]="error.key | t: error.params" />
      }
      <div class="gw-form-actions">
        <a mat-button routerLink="/initiatives">{{ 'action.cancel' | t }}</a>
        <gw-submit-button [busy]="submission.saving()">{{
          'initiatives.create.submit' | t
        }}</gw-submit-button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
      margin-inline: auto;
    }
  `,
})
export class CreateInitiativeComponent {
  private readonly store = inject(InitiativesStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly form = createInitiativeForm();
  protected readonly submission = new FormSubmit(this.form, { explainInvalid: true });

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      const initiative = await this.store.create(toInitiativeRequest(this.form));
      this.snackBar.open(this.i18n.t('initiatives.create.created'), undefined, { duration: 4000 });
      await this.router.navigate(['/initiatives', initiative.id]);
    });
  }
}
