import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';
import type { Member } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { MembersApi } from '@gw/web/members/data-access';
import { PhasesStore } from '@gw/web/phases/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { PhaseStepsComponent } from '../phase-steps/phase-steps.component';
import { TransitionHistoryComponent } from '../transition-history/transition-history.component';
import { TransitionPanelComponent } from '../transition-panel/transition-panel.component';

/**
 * `/initiatives/:id/phases`: the proposal to move on (coordination proposes, steering decides),
 * the steps of every phase (coordination edits them) and the history of proposals.
 */
@Component({
  selector: 'gw-phases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    PhaseStepsComponent,
    TransitionPanelComponent,
    TransitionHistoryComponent,
    TranslatePipe,
  ],
  templateUrl: './phases-page.component.html',
  styleUrl: './phases-page.component.scss',
})
export class PhasesPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  private readonly membersApi = inject(MembersApi);
  protected readonly store = inject(PhasesStore);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly isSteering = this.initiatives.isSteering;
  /** The members to choose a step's responsible from (only coordination chooses). */
  protected readonly members = signal<Member[]>([]);
  protected readonly errorMessage = messageOf(this.store.error);

  constructor() {
    effect(() => {
      const access = this.initiatives.access();
      if (!access) return;
      untracked(() => {
        void this.store.load(access.id, { withTransitions: true });
        if (access.role === 'coordination') void this.loadMembers(access.id);
      });
    });
  }

  protected reload(): void {
    void this.store.reload();
  }

  private async loadMembers(initiativeId: string): Promise<void> {
    try {
      this.members.set(await firstValueFrom(this.membersApi.listAll(initiativeId)));
    } catch {
      // Without the list the responsible cannot be changed; everything else still works.
      this.members.set([]);
    }
  }
}
