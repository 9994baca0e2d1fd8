/** Gremium, Arbeitskreis, Kooperationsvereinbarung: the table of existing bodies (seed 003). */
export const BODY_TYPES = ['committee', 'working_circle', 'cooperation_agreement'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const BODY_LIMITS = { name: 200, notes: 4000, members: 200 } as const;

export interface ExistingBody {
  id: string;
  name: string;
  type: BodyType;
  /** The actors (of this initiative's actor table) that take part. */
  memberActorIds: string[];
  notes: string;
  version: number;
}

export interface ExistingBodyInput {
  name: string;
  type: BodyType;
  memberActorIds?: string[];
  notes?: string;
}

export type CreateExistingBodyRequest = ExistingBodyInput;

export interface UpdateExistingBodyRequest extends Partial<ExistingBodyInput> {
  version: number;
}
