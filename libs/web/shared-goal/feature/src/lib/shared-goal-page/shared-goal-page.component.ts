import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { SharedGoalStore } from '@gw/web/shared-goal/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';
import { GoalEditorComponent } from '../goal-editor/goal-editor.component';

/**
 * `/initiatives/:id/shared-goal`: the vision and the ordered goals, read by every member; the
 * coordination office edits them.
 */
@Component({
  selector: 'gw-shared-goal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorMessageComponent,
    GoalEditorComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './shared-goal-page.component.html',
  styleUrl: './shared-goal-page.component.scss',
})
export class SharedGoalPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(SharedGoalStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly isCoordination = this.initiatives.isCoordination;
  protected readonly editing = signal(false);
  protected readonly errorMessage = messageOf(this.store.error);

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
  }

  /** Back to reading; the focus returns to the button that opened the editor. */
  protected closeEditor(): void {
    this.editing.set(false);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.edit')?.focus(), {
      injector: this.injector,
    });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
