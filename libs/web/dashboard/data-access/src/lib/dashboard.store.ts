import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Dashboard } from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { DashboardApi } from './dashboard.api';

interface DashboardState {
  initiativeId: string | null;
  dashboard: Dashboard | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: DashboardState = { initiativeId: null, dashboard: null, loading: false, error: null };

/**
 * The dashboard of one initiative. Read afresh on every visit (it summarises what others change),
 * while the last one read stays on screen; another initiative's is never shown meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class DashboardStore {
  private readonly api = inject(DashboardApi);
  private readonly state = signal<DashboardState>(EMPTY);

  readonly dashboard = computed(() => this.state().dashboard);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const dashboard = await firstValueFrom(this.api.get(initiativeId));
      if (this.state().initiativeId !== initiativeId) return;
      this.state.set({ initiativeId, dashboard, loading: false, error: null });
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }
}
