import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  Actor,
  CreateExistingBodyRequest,
  ExistingBody,
  UpdateExistingBodyRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { ActorsApi } from './actors.api';
import { ExistingBodiesApi } from './existing-bodies.api';

interface ExistingBodiesState {
  initiativeId: string | null;
  bodies: ExistingBody[] | null;
  /** Every actor of the initiative: the bodies name their members by actor id. */
  actors: Actor[];
  loading: boolean;
  error: Problem | null;
}

const EMPTY: ExistingBodiesState = {
  initiativeId: null,
  bodies: null,
  actors: [],
  loading: false,
  error: null,
};

/** The existing bodies of one initiative, with the actors that can take part in them. */
@Injectable({ providedIn: 'root' })
export class ExistingBodiesStore {
  private readonly api = inject(ExistingBodiesApi);
  private readonly actorsApi = inject(ActorsApi);
  private readonly state = signal<ExistingBodiesState>(EMPTY);

  readonly bodies = computed(() => this.state().bodies);
  readonly actors = computed(() => this.state().actors);
  readonly actorNames = computed(
    () => new Map(this.state().actors.map((actor) => [actor.id, actor.name])),
  );
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const [bodies, actors] = await Promise.all([
        firstValueFrom(this.api.list(initiativeId)),
        firstValueFrom(this.actorsApi.listAll(initiativeId)),
      ]);
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, bodies, actors, loading: false }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }

  async create(request: CreateExistingBodyRequest): Promise<ExistingBody> {
    const body = await firstValueFrom(this.api.create(this.initiativeId(), request));
    this.setBodies((bodies) => [...bodies, body]);
    return body;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async update(
    body: ExistingBody,
    changes: Omit<UpdateExistingBodyRequest, 'version'>,
  ): Promise<ExistingBody> {
    const updated = await firstValueFrom(
      this.api.update(this.initiativeId(), body.id, { ...changes, version: body.version }),
    );
    this.setBodies((bodies) => bodies.map((item) => (item.id === updated.id ? updated : item)));
    return updated;
  }

  async remove(body: ExistingBody): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), body.id));
    this.setBodies((bodies) => bodies.filter((item) => item.id !== body.id));
  }

  private setBodies(change: (bodies: ExistingBody[]) => ExistingBody[]): void {
    this.state.update((state) => ({ ...state, bodies: change(state.bodies ?? []) }));
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
