import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  Actor,
  CreateExistingBodyRequest,
  ExistingBody,
  UpdateExistingBodyRequest,
} from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { ActorsApi } from './actors.api';
import { ExistingBodiesApi } from './existing-bodies.api';

interface ExistingBodies {
  bodies: ExistingBody[];
  /** Every actor of the initiative: the bodies name their members by actor id. */
  actors: Actor[];
}

/** The existing bodies of one initiative, with the actors that can take part in them. */
@Injectable({ providedIn: 'root' })
export class ExistingBodiesStore {
  private readonly api = inject(ExistingBodiesApi);
  private readonly actorsApi = inject(ActorsApi);
  private readonly loaded = new KeyedLoad<string, ExistingBodies>();

  readonly bodies = computed(() => this.loaded.value()?.bodies ?? null);
  readonly actors = computed(() => this.loaded.value()?.actors ?? []);
  readonly actorNames = computed(
    () => new Map(this.actors().map((actor) => [actor.id, actor.name])),
  );
  readonly loading = this.loaded.loading;
  readonly error = this.loaded.error;

  async load(initiativeId: string): Promise<void> {
    await this.loaded.load(
      initiativeId,
      async () => {
        const [bodies, actors] = await Promise.all([
          firstValueFrom(this.api.list(initiativeId)),
          firstValueFrom(this.actorsApi.listAll(initiativeId)),
        ]);
        return { bodies, actors };
      },
      true,
    );
  }

  async reload(): Promise<void> {
    const id = this.loaded.key();
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
    this.loaded.update(this.initiativeId(), (state) => ({
      ...state,
      bodies: change(state.bodies),
    }));
  }

  private initiativeId(): string {
    const id = this.loaded.key();
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
