import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ActivityEntry, Dashboard } from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { DashboardApi } from './dashboard.api';

/** Entries the expanded activity list loads at a time. */
export const ACTIVITY_PAGE_SIZE = 20;

/** The activity beyond the dashboard's first entries, as far as it has been loaded. */
interface MoreActivity {
  initiativeId: string;
  entries: ActivityEntry[];
  total: number;
}

/**
 * The dashboard of one initiative. Read afresh on every visit (it summarises what others change),
 * while the last one read stays on screen; another initiative's is never shown meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class DashboardStore {
  private readonly api = inject(DashboardApi);
  private readonly loaded = new KeyedLoad<string, Dashboard>();

  readonly dashboard = this.loaded.value;
  readonly loading = this.loaded.loading;
  readonly error = this.loaded.error;

  private readonly more = signal<MoreActivity | null>(null);
  private readonly loadingActivity = signal(false);
  /** Loading a page of activity; the button waits. */
  readonly activityLoading = this.loadingActivity.asReadonly();
  /** The whole activity as far as it has been paged in; null until the user asks for it. */
  readonly allActivity = computed(() => {
    const more = this.more();
    return more && more.initiativeId === this.loaded.key() ? more : null;
  });

  async load(initiativeId: string): Promise<void> {
    this.more.set(null);
    await this.loaded.load(initiativeId, () => firstValueFrom(this.api.get(initiativeId)), true);
  }

  /**
   * The next page of the activity (the first page when none is loaded), appended to what is
   * loaded. A page that arrives after the user moved to another initiative is dropped.
   */
  async loadMoreActivity(): Promise<void> {
    const initiativeId = this.loaded.key();
    if (!initiativeId || this.loadingActivity()) return;
    const loaded = this.allActivity()?.entries ?? [];
    const page = Math.floor(loaded.length / ACTIVITY_PAGE_SIZE) + 1;
    this.loadingActivity.set(true);
    try {
      const answer = await firstValueFrom(
        this.api.activity(initiativeId, page, ACTIVITY_PAGE_SIZE),
      );
      if (this.loaded.key() !== initiativeId) return;
      this.more.set({ initiativeId, entries: [...loaded, ...answer.items], total: answer.total });
    } finally {
      this.loadingActivity.set(false);
    }
  }

  async reload(): Promise<void> {
    const id = this.loaded.key();
    if (id) await this.load(id);
  }
}
