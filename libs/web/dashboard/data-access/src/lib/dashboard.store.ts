import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Dashboard } from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { DashboardApi } from './dashboard.api';

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

  async load(initiativeId: string): Promise<void> {
    await this.loaded.load(initiativeId, () => firstValueFrom(this.api.get(initiativeId)), true);
  }

  async reload(): Promise<void> {
    const id = this.loaded.key();
    if (id) await this.load(id);
  }
}
