import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Invitation } from '@gw/shared/contracts';
import { MembersStore } from '@gw/web/members/data-access';
import { problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe, roleKey } from '@gw/web/shared/i18n';
import { confirm } from '@gw/web/shared/ui';

/** Invitations not yet accepted, newest first, each one withdrawable. */
@Component({
  selector: 'gw-pending-invitations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  templateUrl: './pending-invitations.component.html',
  styleUrl: './pending-invitations.component.scss',
})
export class PendingInvitationsComponent {
  protected readonly store = inject(MembersStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly roleKey = roleKey;

  protected async withdraw(invitation: Invitation): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('members.invitations.withdraw.title'),
      text: this.i18n.t('members.invitations.withdraw.text', { email: invitation.email }),
      confirmLabel: this.i18n.t('members.invitations.withdraw'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.withdraw(invitation);
      this.notify(this.i18n.t('members.invitations.withdrawn'));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
