import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatListModule } from '@angular/material/list';
import { ActivatedRoute, type Route, Router, RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey, phaseKey } from '@gw/web/shared/i18n';
import {
  SECTION_GROUPS,
  type SectionCounts,
  type SectionId,
  sectionOf,
} from './initiative-sections';

interface NavItem {
  id: SectionId;
  path: string;
  label: TranslationKey;
}

interface NavGroup {
  id: string;
  heading: TranslationKey;
  items: NavItem[];
}

/** The groups of `SECTION_GROUPS` with the sections that have a route among `routes`. */
function navGroups(routes: Route[]): NavGroup[] {
  const paths = new Map(routes.map((route) => [sectionOf(route.data), route.path ?? '']));
  return SECTION_GROUPS.map(({ group, sections }) => ({
    id: group,
    heading: group === 'initiative' ? 'initiatives.nav.group.initiative' : phaseKey(group),
    items: sections.flatMap((id): NavItem[] => {
      const path = paths.get(id);
      return path === undefined ? [] : [{ id, path, label: `initiatives.nav.${id}` }];
    }),
  })).filter((group) => group.items.length > 0);
}

/**
 * Every section of an initiative at once, grouped by the phase it belongs to, with the current
 * one marked and a count beside a section where something waits for the user. Lives in the
 * shell's template: its sections are the shell route's children that name one (`sectionData`).
 */
@Component({
  selector: 'gw-initiative-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatListModule, RouterLink, TranslatePipe],
  templateUrl: './initiative-nav.component.html',
  styleUrl: './initiative-nav.component.scss',
})
export class InitiativeNavComponent {
  /** What waits for the user, per section; a section without a positive count has no badge. */
  readonly counts = input<SectionCounts>({});
  /** A section link was followed (the shell closes its drawer on phones). */
  readonly navigated = output<void>();

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly groups = navGroups(this.route.routeConfig?.children ?? []);
  /**
   * The section of the shell's active child route. Its route, not the URL, decides: the
   * baselines live under the action plan's path but are a section of their own.
   */
  protected readonly current = computed(() => {
    this.router.lastSuccessfulNavigation();
    return sectionOf(this.route.firstChild?.routeConfig?.data);
  });
}
