import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { InvitationAccepted, InvitationPreview } from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { InvitationsApi } from './invitations.api';

interface InvitationState {
  token: string | null;
  preview: InvitationPreview | null;
  loading: boolean;
  error: Problem | null;
}

/** The invitation behind one link: its public preview, and accepting it. */
@Injectable({ providedIn: 'root' })
export class InvitationStore {
  private readonly api = inject(InvitationsApi);
  private readonly state = signal<InvitationState>({
    token: null,
    preview: null,
    loading: false,
    error: null,
  });

  readonly preview = computed(() => this.state().preview);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(token: string): Promise<void> {
    this.state.set({ token, preview: null, loading: true, error: null });
    try {
      const preview = await firstValueFrom(this.api.preview(token));
      this.state.set({ token, preview, loading: false, error: null });
    } catch (error) {
      this.state.set({ token, preview: null, loading: false, error: toProblem(error) });
    }
  }

  /** Throws the API's problem (wrong e-mail, used, expired, revoked, already a member). */
  async accept(): Promise<InvitationAccepted> {
    const token = this.state().token;
    if (!token) throw new Error('No invitation loaded');
    return firstValueFrom(this.api.accept(token));
  }
}
