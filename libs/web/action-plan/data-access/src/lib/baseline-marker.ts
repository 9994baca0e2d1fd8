import type { BaselineChange } from '@gw/shared/contracts';

/** What the list shows beside a measure about the last approved baseline. */
export type BaselineMarker =
  | { kind: 'new' }
  | { kind: 'changed'; fields: string[] }
  | { kind: 'unchanged' };

/** Nothing while no baseline has been approved; otherwise new, changed (which fields), unchanged. */
export function baselineMarker(change: BaselineChange | null | undefined): BaselineMarker | null {
  switch (change?.kind) {
    case 'new':
      return { kind: 'new' };
    case 'changed':
      return { kind: 'changed', fields: [...change.fields] };
    case 'unchanged':
      return { kind: 'unchanged' };
    default:
      return null;
  }
}
