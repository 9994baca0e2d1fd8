import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import {
  type Actor,
  type ActorImportFormat,
  type Member,
  mayReadContacts,
} from '@gw/shared/contracts';
import { ActorsStore } from '@gw/web/actors/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { MembersApi } from '@gw/web/members/data-access';
import { messageOf, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  PageHeaderComponent,
  confirm,
  openFormDialog,
  saveFile,
} from '@gw/web/shared/ui';
import { ActorDialogComponent, type ActorDialogData } from '../actor-dialog/actor-dialog.component';
import { ActorFiltersComponent } from '../actor-filters/actor-filters.component';
import { ActorSummaryComponent } from '../actor-summary/actor-summary.component';
import { ActorTableComponent } from '../actor-table/actor-table.component';
import { ActorImportDialogComponent } from '../import-dialog/import-dialog.component';

const EXPORT_FORMATS: { format: ActorImportFormat; short: TranslationKey; long: TranslationKey }[] =
  [
    { format: 'csv', short: 'actors.export.csv', long: 'actors.export.csvLong' },
    { format: 'xlsx', short: 'actors.export.xlsx', long: 'actors.export.xlsxLong' },
  ];

/**
 * `/initiatives/:id/actors`: the actor table with its summary per area. Every member reads and
 * exports it; the coordination office adds, edits, deletes and imports actors.
 */
@Component({
  selector: 'gw-actors-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    ActorSummaryComponent,
    ActorFiltersComponent,
    ActorTableComponent,
    TranslatePipe,
  ],
  templateUrl: './actors-page.component.html',
  styleUrl: './actors-page.component.scss',
})
export class ActorsPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly membersApi = inject(MembersApi);
  protected readonly store = inject(ActorsStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly isCoordination = this.initiatives.isCoordination;
  /** Others get actors without contacts: their details leave them out rather than say "none". */
  protected readonly showContacts = computed(() => {
    const role = this.initiatives.access()?.role;
    return role !== undefined && mayReadContacts(role);
  });
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly exportFormats = EXPORT_FORMATS;
  protected readonly exporting = signal<ActorImportFormat | null>(null);
  protected readonly errorMessage = messageOf(this.store.error);
  private readonly members = signal<Member[]>([]);

  constructor() {
    effect(() => {
      const access = this.initiatives.access();
      if (!access) return;
      untracked(() => {
        void this.store.load(access.id);
        if (access.role === 'coordination') void this.loadMembers(access.id);
      });
    });
  }

  protected changePage(event: PageEvent): void {
    void this.store.setQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    void this.store.reload();
  }

  protected async add(): Promise<void> {
    const created = await this.openActor(null);
    if (created) this.notify(this.i18n.t('actors.created', { name: created.name }));
  }

  protected async edit(actor: Actor): Promise<void> {
    if (await this.openActor(actor)) this.notify(this.i18n.t('actors.saved'));
  }

  protected async remove(actor: Actor): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('actors.delete.title'),
      text: this.i18n.t('actors.delete.text', { name: actor.name }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(actor);
      this.notify(this.i18n.t('actors.deleted', { name: actor.name }));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  protected async import(): Promise<void> {
    await openFormDialog(this.dialog, ActorImportDialogComponent, null, this.injector);
  }

  protected async export(format: ActorImportFormat): Promise<void> {
    this.exporting.set(format);
    try {
      const file = await this.store.export(format);
      saveFile(this.document, file.blob, file.filename);
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    } finally {
      this.exporting.set(null);
    }
  }

  private openActor(actor: Actor | null): Promise<Actor | undefined> {
    return openFormDialog<ActorDialogComponent, ActorDialogData, Actor>(
      this.dialog,
      ActorDialogComponent,
      { actor, members: this.members() },
      this.injector,
    );
  }

  private async loadMembers(initiativeId: string): Promise<void> {
    try {
      this.members.set(await firstValueFrom(this.membersApi.listAll(initiativeId)));
    } catch {
      // Without the list no representative can be added; everything else still works.
      this.members.set([]);
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
