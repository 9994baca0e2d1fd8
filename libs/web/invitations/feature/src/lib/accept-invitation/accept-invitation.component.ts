import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { InvitationStatus } from '@gw/shared/contracts';
import { InvitationStore } from '@gw/web/invitations/data-access';
import {
  AuthStore,
  type ProblemMessage,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  roleDescriptionKey,
  roleKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui/forms';

const STATUS_MESSAGES: Record<Exclude<InvitationStatus, 'pending'>, TranslationKey> = {
  expired: 'invitation.status.expired',
  accepted: 'invitation.status.accepted',
  revoked: 'invitation.status.revoked',
};

/**
 * The page behind an invitation link: what the invitation is for, and, depending on who is
 * looking, a way to log in or register and come back, or to accept it.
 */
@Component({
  selector: 'gw-accept-invitation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './accept-invitation.component.html',
  styleUrl: './accept-invitation.component.scss',
})
export class AcceptInvitationComponent {
  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly store = inject(InvitationStore);
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly roleKey = roleKey;
  protected readonly roleDescriptionKey = roleDescriptionKey;
  protected readonly accepting = signal(false);
  protected readonly error = signal<ProblemMessage | null>(null);
  protected readonly returnUrl = computed(() => `/invitations/${this.token()}`);
  protected readonly statusMessage = computed(() => {
    const status = this.store.preview()?.status;
    return status && status !== 'pending' ? STATUS_MESSAGES[status] : null;
  });
  protected readonly wrongAccount = computed(() => {
    const user = this.auth.user();
    const preview = this.store.preview();
    return !!user && !!preview && user.email.toLowerCase() !== preview.email.toLowerCase();
  });
  protected readonly loadError = computed<ProblemMessage | null>(() => {
    const error = this.store.error();
    if (!error) return null;
    return error.status === 404 || error.status === 400
      ? { key: 'invitation.notFound' }
      : problemMessage(error);
  });

  constructor() {
    effect(() => void this.store.load(this.token()));
  }

  protected async accept(event: Event): Promise<void> {
    event.preventDefault();
    if (this.accepting()) return;
    this.accepting.set(true);
    this.error.set(null);
    try {
      const accepted = await this.store.accept();
      this.snackBar.open(this.i18n.t('invitation.accepted'), undefined, { duration: 5000 });
      await this.router.navigate(['/initiatives', accepted.initiativeId]);
    } catch (error) {
      this.error.set(problemMessage(toProblem(error)));
    } finally {
      this.accepting.set(false);
    }
  }

  protected switchAccount(): void {
    const email = this.store.preview()?.email;
    void this.auth.logout({ returnUrl: this.returnUrl(), email });
  }
}
