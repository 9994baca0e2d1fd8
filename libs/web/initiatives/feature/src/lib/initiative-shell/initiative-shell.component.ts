import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenavModule } from '@angular/material/sidenav';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import type { TodoSection } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { TodosStore } from '@gw/web/todos/data-access';
import { problemMessage } from '@gw/web/shared/data-access';
import { TranslatePipe, phaseKey, roleKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';
import { filter, map } from 'rxjs';
import { InitiativeNavComponent } from '../initiative-nav/initiative-nav.component';
import type { SectionCounts, SectionId } from '../initiative-nav/initiative-sections';

/** The section of the navigation where each kind of to-do is done. */
const SECTION_OF_TODO: Record<TodoSection, SectionId> = {
  agreement: 'agreement',
  phases: 'phases',
  'action-plan': 'actionPlan',
  reports: 'reports',
  measurements: 'measurements',
};

/** Below this width the navigation is a drawer behind a menu button. */
const HANDSET = '(max-width: 719.98px)';
/** Material's toolbar is 56 px high below 600 px and 64 px above; the drawer opens under it. */
const SMALL_TOOLBAR = '(max-width: 599.98px)';

/**
 * Frame of one initiative: its name, and a navigation that shows all its sections (beside the
 * page on wide screens, a drawer on phones). Loads the initiative for all of them.
 */
@Component({
  selector: 'gw-initiative-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    RouterOutlet,
    MatButtonModule,
    MatIconModule,
    MatSidenavModule,
    ErrorMessageComponent,
    InitiativeNavComponent,
    TranslatePipe,
  ],
  templateUrl: './initiative-shell.component.html',
  styleUrl: './initiative-shell.component.scss',
})
export class InitiativeShellComponent {
  /** Route parameter. */
  readonly initiativeId = input.required<string>();

  protected readonly store = inject(InitiativesStore);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly layout = toSignal(
    this.breakpoints.observe([HANDSET, SMALL_TOOLBAR]).pipe(map((state) => state.breakpoints)),
    {
      initialValue: {
        [HANDSET]: this.breakpoints.isMatched(HANDSET),
        [SMALL_TOOLBAR]: this.breakpoints.isMatched(SMALL_TOOLBAR),
      },
    },
  );
  protected readonly handset = computed(() => this.layout()[HANDSET] ?? false);
  protected readonly toolbarHeight = computed(() => (this.layout()[SMALL_TOOLBAR] ? 56 : 64));
  protected readonly drawerOpen = signal(false);
  protected readonly phaseKey = phaseKey;
  protected readonly roleKey = roleKey;
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? problemMessage(error) : null;
  });

  private readonly todos = inject(TodosStore);
  /** What waits for the user, counted beside the sections where it is done. */
  protected readonly counts = computed(() => {
    const counts: SectionCounts = {};
    for (const [section, count] of Object.entries(this.todos.openCounts())) {
      const id = SECTION_OF_TODO[section as TodoSection];
      counts[id] = (counts[id] ?? 0) + count;
    }
    return counts;
  });

  constructor() {
    effect(() => void this.store.load(this.initiativeId()));
    // Every navigation (into the initiative, to another one, between its pages) reads the counts
    // afresh: work done on a page (a signature, a decision) ends a to-do.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.todos.loadInitiative(this.initiativeId()));
  }
}
