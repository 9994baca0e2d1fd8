import { Injectable, computed, inject, signal } from '@angular/core';
import type { Indicator } from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { AuthStore } from '@gw/web/shared/data-access';
import { mayEnterValues } from './measurement-views';

/**
 * What the caller may do with values, so that the pages offer only what the API allows:
 * coordination reviews and enters everything, data stewards enter their indicators' values,
 * every member but observers comments.
 */
@Injectable({ providedIn: 'root' })
export class MeasurementRights {
  private readonly initiatives = inject(InitiativesStore);
  private readonly auth = inject(AuthStore);
  private readonly indicators = inject(IndicatorsStore);
  /** The caller's membership id: stewards are named by it. */
  private readonly memberId = signal<string | null>(null);

  readonly role = this.initiatives.myRole;
  readonly canReview = computed(() => this.role() === 'coordination');
  readonly canComment = computed(() => this.role() !== null && this.role() !== 'observer');

  /**
   * Finds the caller's membership among the members (loaded once per initiative). Coordination
   * and observers need none: their rights do not depend on stewardship.
   */
  async loadMembership(): Promise<void> {
    const role = this.role();
    if (role === null || role === 'coordination' || role === 'observer') return;
    const userId = this.auth.user()?.id;
    try {
      const members = await this.indicators.loadMembers();
      this.memberId.set(members.find((member) => member.userId === userId)?.id ?? null);
    } catch {
      // Without the member list the caller is treated as no steward; the API decides anyway.
      this.memberId.set(null);
    }
  }

  canEnter(indicator: Pick<Indicator, 'stewards'>): boolean {
    return mayEnterValues(this.role(), indicator, this.memberId());
  }
}
