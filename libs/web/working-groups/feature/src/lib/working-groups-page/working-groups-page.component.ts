import {
  ChangeDetectionStrategy,
  Component,
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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { Actor, WorkingGroup } from '@gw/shared/contracts';
import { ActorsApi } from '@gw/web/actors/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf, problemMessage, toProblem } from '@gw/web/shared/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import {
  EmptyStateComponent,
  ErrorMessageComponent,
  PageHeaderComponent,
  confirm,
  openFormDialog,
} from '@gw/web/shared/ui';
import { WorkingGroupsStore } from '@gw/web/working-groups/data-access';
import {
  WorkingGroupDialogComponent,
  type WorkingGroupDialogData,
} from '../working-group-dialog/working-group-dialog.component';

/** A group as the page shows it: with its actors' names and whether it is the user's own. */
interface GroupView {
  group: WorkingGroup;
  actorNames: string[];
  mine: boolean;
  measuresKey: TranslationKey;
}

const measuresKey = (count: number): TranslationKey =>
  count === 0
    ? 'workingGroups.measures.none'
    : count === 1
      ? 'workingGroups.measures.one'
      : 'workingGroups.measures.many';

/**
 * `/initiatives/:id/working-groups`: every member sees the working groups with lead, members,
 * actors and measures; the coordination office adds, edits and deletes them.
 */
@Component({
  selector: 'gw-working-groups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './working-groups-page.component.html',
  styleUrl: './working-groups-page.component.scss',
})
export class WorkingGroupsPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly actorsApi = inject(ActorsApi);
  protected readonly store = inject(WorkingGroupsStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly initiativeId = computed(() => this.initiatives.access()?.id ?? '');
  protected readonly errorMessage = messageOf(this.store.error);
  private readonly actors = signal<Actor[]>([]);
  protected readonly views = computed<GroupView[] | null>(() => {
    const groups = this.store.groups();
    if (!groups) return null;
    const names = new Map(this.actors().map((actor) => [actor.id, actor.name]));
    const mine = this.store.myGroupIds();
    return groups.map((group) => ({
      group,
      actorNames: group.actorIds.map((id) => names.get(id) ?? '').filter((name) => name !== ''),
      mine: mine.has(group.id),
      measuresKey: measuresKey(group.measureCount),
    }));
  });

  constructor() {
    effect(() => {
      const access = this.initiatives.access();
      if (!access) return;
      untracked(() => {
        void this.store.load(access.id);
        void this.loadActors(access.id);
      });
    });
  }

  protected retry(): void {
    void this.store.reload();
  }

  protected async add(): Promise<void> {
    const created = await this.open(null);
    if (created) this.notify(this.i18n.t('workingGroups.created', { name: created.name }));
  }

  protected async edit(group: WorkingGroup): Promise<void> {
    if (await this.open(group)) this.notify(this.i18n.t('workingGroups.saved'));
  }

  protected async remove(group: WorkingGroup): Promise<void> {
    const confirmed = await confirm(this.dialog, {
      title: this.i18n.t('workingGroups.delete.title'),
      text: this.i18n.t('workingGroups.delete.text', {
        name: group.name,
        count: group.measureCount,
      }),
      confirmLabel: this.i18n.t('action.delete'),
      cancelLabel: this.i18n.t('action.cancel'),
    });
    if (!confirmed) return;
    try {
      await this.store.remove(group);
      this.notify(this.i18n.t('workingGroups.deleted', { name: group.name }));
    } catch (error) {
      this.notify(this.i18n.t(problemMessage(toProblem(error)).key));
    }
  }

  private open(group: WorkingGroup | null): Promise<WorkingGroup | undefined> {
    return openFormDialog<WorkingGroupDialogComponent, WorkingGroupDialogData, WorkingGroup>(
      this.dialog,
      WorkingGroupDialogComponent,
      { group, members: this.store.members(), actors: this.actors() },
      this.injector,
    );
  }

  private async loadActors(initiativeId: string): Promise<void> {
    try {
      this.actors.set(await firstValueFrom(this.actorsApi.listAll(initiativeId)));
    } catch {
      // Without the actor table the groups still show; only their actors' names are missing.
      this.actors.set([]);
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('action.close'), { duration: 5000 });
  }
}
