import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { type Member, ROLES, type Role } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { MembersStore } from '@gw/web/members/data-access';
import { AuthStore, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, roleKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, confirm } from '@gw/web/shared/ui';
import { InviteMemberComponent } from '../invite-member/invite-member.component';
import { PendingInvitationsComponent } from '../pending-invitations/pending-invitations.component';

/**
 * `/initiatives/:id/members`: everyone sees who takes part; the coordination office also
 * changes roles, removes members and invites people.
 */
@Component({
  selector: 'gw-members-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    ErrorMessageComponent,
    InviteMemberComponent,
    PendingInvitationsComponent,
    TranslatePipe,
  ],
  templateUrl: './members-page.component.html',
  styleUrl: './members-page.component.scss',
})
export class MembersPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(MembersStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly roles = ROLES;
  protected readonly roleKey = roleKey;
  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly myUserId = computed(() => this.auth.user()?.id);
  protected readonly columns = computed(() =>
    this.isCoordination() ? ['person', 'role', 'actions'] : ['person', 'role'],
  );
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? problemMessage(error) : null;
  });
  private readonly page = signal(1);
  /** Reload when the initiative or my role in it changes, not on every edit of it. */
  private readonly access = computed(
    () => {
      const initiative = this.initiatives.initiative();
      return initiative ? { id: initiative.id, coordination: this.isCoordination() } : null;
    },
    { equal: (a, b) => a?.id === b?.id && a?.coordination === b?.coordination },
  );

  constructor() {
    effect(() => {
      const access = this.access();
      const page = this.page();
      if (access) {
        untracked(
          () => void this.store.load(access.id, { page, withInvitations: access.coordination }),
        );
      }
    });
  }

  protected changePage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    const access = this.access();
    if (access) {
      void this.store.load(access.id, { page: this.page(), withInvitations: access.coordination });
    }
  }

  protected async changeRole(member: Member, role: Role): Promise<void> {
    try {
      await this.store.changeRole(member, role);
      this.notify(
        this.i18n.t('members.roleChanged', {
          name: member.displayName,
          role: this.i18n.t(roleKey(role)),
        }),
      );
      if (member.userId === this.myUserId()) await this.initiatives.reload();
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
      this.reload();
    }
  }

  protected async remove(member: Member): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('members.remove.title'),
      text: this.i18n.t('members.remove.text', { name: member.displayName }),
      confirmLabel: this.i18n.t('action.remove'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(member);
      this.notify(this.i18n.t('members.removed', { name: member.displayName }));
      if (member.userId === this.myUserId()) await this.router.navigate(['/initiatives']);
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
