import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ExistingBody } from '@gw/shared/contracts';
import { ExistingBodiesStore } from '@gw/web/actors/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, bodyTypeKey } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  PageHeaderComponent,
  confirm,
  openFormDialog,
} from '@gw/web/shared/ui';
import {
  ExistingBodyDialogComponent,
  type ExistingBodyDialogData,
} from '../existing-body-dialog/existing-body-dialog.component';

/**
 * `/initiatives/:id/bodies`: the existing Gremien, Arbeitskreise and Kooperationsvereinbarungen
 * with the actors that take part; the coordination office maintains the list.
 */
@Component({
  selector: 'gw-existing-bodies-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './existing-bodies-page.component.html',
  styleUrl: './existing-bodies-page.component.scss',
})
export class ExistingBodiesPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(ExistingBodiesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly typeKey = bodyTypeKey;
  protected readonly errorMessage = messageOf(this.store.error);

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected memberNames(body: ExistingBody): string[] {
    const names = this.store.actorNames();
    return body.memberActorIds.flatMap((id) => names.get(id) ?? []);
  }

  protected retry(): void {
    void this.store.reload();
  }

  protected async add(): Promise<void> {
    const created = await this.open(null);
    if (created) this.notify(this.i18n.t('bodies.created', { name: created.name }));
  }

  protected async edit(body: ExistingBody): Promise<void> {
    if (await this.open(body)) this.notify(this.i18n.t('bodies.saved'));
  }

  protected async remove(body: ExistingBody): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('bodies.delete.title'),
      text: this.i18n.t('bodies.delete.text', { name: body.name }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(body);
      this.notify(this.i18n.t('bodies.deleted', { name: body.name }));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private open(body: ExistingBody | null): Promise<ExistingBody | undefined> {
    return openFormDialog<ExistingBodyDialogComponent, ExistingBodyDialogData, ExistingBody>(
      this.dialog,
      ExistingBodyDialogComponent,
      { body },
      this.injector,
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
