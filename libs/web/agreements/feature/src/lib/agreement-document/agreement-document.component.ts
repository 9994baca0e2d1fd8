import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { ArtifactComment } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { VersionStatusComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { problemMessage } from '@gw/web/shared/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, openFormDialog } from '@gw/web/shared/ui';
import { AgreementSectionComponent } from '../agreement-section/agreement-section.component';
import { versionStatusKey } from '../status-keys';
import {
  SignDialogComponent,
  type SignDialogData,
  type SignDialogResult,
} from '../sign-dialog/sign-dialog.component';
import { SignaturePanelComponent } from '../signature-panel/signature-panel.component';
import { VersionHeaderComponent } from '../version-header/version-header.component';
import {
  WithdrawDialogComponent,
  type WithdrawDialogData,
} from '../withdraw-dialog/withdraw-dialog.component';

/**
 * The agreement as a document: the versions to choose from (`?v=`), the chosen version with its
 * sections and comments, and, once frozen, who has signed. Partners sign from here.
 */
@Component({
  selector: 'gw-agreement-document',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    ErrorMessageComponent,
    AgreementSectionComponent,
    SignaturePanelComponent,
    VersionHeaderComponent,
    VersionStatusComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './agreement-document.component.html',
  styleUrl: './agreement-document.component.scss',
})
export class AgreementDocumentComponent {
  /** Query parameter: the number of the version to show; the latest when missing. */
  readonly v = input<string>();

  private readonly initiatives = inject(InitiativesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly store = inject(AgreementStore);

  protected readonly versionStatusKey = versionStatusKey;
  protected readonly isCoordination = this.initiatives.isCoordination;
  /** Every role but observers takes part in the discussion. */
  protected readonly canComment = computed(() => {
    const role = this.initiatives.myRole();
    return role !== null && role !== 'observer';
  });
  protected readonly showResolved = signal(false);
  protected readonly versionError = computed(() => {
    const error = this.store.versionError();
    return error ? problemMessage(error) : null;
  });
  protected readonly commentsBySection = computed(() => {
    const bySection: Partial<Record<string, ArtifactComment[]>> = {};
    for (const comment of this.store.comments()) {
      (bySection[comment.sectionKey] ??= []).push(comment);
    }
    return bySection;
  });
  protected readonly signable = this.store.signable;
  protected readonly withdrawable = this.store.withdrawable;
  protected readonly signableNames = computed(() =>
    this.signable()
      .map((actor) => actor.actorName)
      .join(', '),
  );

  constructor() {
    effect(() => {
      const versions = this.store.versions();
      if (versions.length === 0) return;
      const wanted = Number(this.v());
      const current = untracked(() => this.store.selected());
      const exists = (n: number | null) => versions.some((version) => version.number === n);
      const number = exists(wanted) ? wanted : exists(current) ? current! : versions[0]!.number;
      untracked(() => void this.store.select(number));
    });
  }

  protected retry(): void {
    void this.store.reloadVersion();
  }

  protected async openSign(): Promise<void> {
    const version = this.store.version();
    const actors = this.signable();
    if (!version?.contentHash || actors.length === 0) return;
    const mode = version.status === 'in_force' ? 'accede' : 'sign';
    const result = await openFormDialog<SignDialogComponent, SignDialogData, SignDialogResult>(
      this.dialog,
      SignDialogComponent,
      { versionNumber: version.number, contentHash: version.contentHash, actors, mode },
      this.injector,
    );
    if (!result) return;
    const key =
      mode === 'accede'
        ? 'agreement.accede.done'
        : result.decision === 'decline'
          ? 'agreement.sign.declineDone'
          : 'agreement.sign.done';
    this.snackBar.open(this.i18n.t(key, { actor: result.actorName }), undefined, {
      duration: 5000,
    });
  }

  protected async openWithdraw(): Promise<void> {
    const actors = this.withdrawable();
    if (actors.length === 0) return;
    const actorName = await openFormDialog<WithdrawDialogComponent, WithdrawDialogData, string>(
      this.dialog,
      WithdrawDialogComponent,
      { actors },
      this.injector,
    );
    if (!actorName) return;
    this.snackBar.open(this.i18n.t('agreement.withdraw.done', { actor: actorName }), undefined, {
      duration: 5000,
    });
  }
}
