import type { MeasurementRevisionAction, MeasurementStatus } from '@gw/shared/contracts';
import type { MeasurementRevisionEntity } from '../../modules/measurements/entities/measurement-revision.entity';
import type { MeasurementEntity } from '../../modules/measurements/entities/measurement.entity';
import { canonicalOf } from '../../modules/measurements/measurement-cell';
import { DEMO_PEOPLE } from './demo-data';
import type { DemoValue } from './demo-measurements';

export const DAY = 86_400_000;

/** An earlier state of a seeded value and who ended it, when and why. */
export type Revision = Omit<MeasurementRevisionEntity, 'id' | 'measurementId' | 'changedBy'> & {
  changedByLogin: string;
};

/** One seeded value with its history (oldest first) and comments. */
export interface SeedRow {
  indicator: string;
  value: DemoValue;
  measurement: Omit<MeasurementEntity, 'id' | 'version'>;
  history: Revision[];
  comments: { login: string; body: string; at: Date }[];
}

export interface Refs {
  now: Date;
  indicators: Map<string, string>;
  dimensions: Map<string, string>;
  values: Map<string, string>;
  users: Map<string, string>;
}

export const need = (map: Map<string, string>, key: string, what: string) => {
  const id = map.get(key);
  if (!id) throw new Error(`The demo seed has no ${what} "${key}"`);
  return id;
};

const nameOf = (login: string) =>
  DEMO_PEOPLE.find((person) => person.login === login)?.displayName ?? login;

/** A time `days` after the period's end, at 10 o'clock, but never later than `latest`. */
function after(periodEnd: string, days: number, latest: Date): Date {
  const time = new Date(Date.parse(`${periodEnd}T09:00:00Z`) + days * DAY);
  return time < latest ? time : latest;
}

/** A value delivered after its period: by a steward and approved by coordination, or by it. */
export function approvedRow(
  refs: Refs,
  indicator: string,
  login: string,
  value: DemoValue,
  sourceNote: string,
): SeedRow {
  const { now } = refs;
  const enteredAt = after(value.period.end, 9, new Date(now.getTime() - 3 * DAY));
  const byCoordination = login === 'koordination';
  const reviewedAt = byCoordination
    ? null
    : after(value.period.end, 12, new Date(now.getTime() - DAY));
  const cell = value.cell
    ? canonicalOf([
        {
          dimensionId: need(refs.dimensions, value.cell.dimension, 'dimension'),
          valueId: need(refs.values, `${value.cell.dimension}|${value.cell.value}`, 'value'),
        },
      ])
    : canonicalOf([]);
  return {
    indicator,
    value,
    measurement: {
      indicatorId: need(refs.indicators, indicator, 'indicator'),
      period: value.period.key,
      periodStart: value.period.start,
      periodEnd: value.period.end,
      cellKey: cell.key,
      cellValueIds: cell.valueIds,
      value: value.value,
      cases: value.cases,
      sourceNote,
      status: 'approved',
      enteredBy: need(refs.users, login, 'member'),
      enteredAt,
      reviewedBy: byCoordination ? null : need(refs.users, 'koordination', 'member'),
      reviewedAt,
      reviewComment: null,
    },
    history: byCoordination
      ? []
      : [
          revision(
            value.value,
            value.cases,
            sourceNote,
            'submitted',
            'approved',
            'koordination',
            reviewedAt ?? enteredAt,
          ),
        ],
    comments: [],
  };
}

export function revision(
  value: number,
  cases: number | null,
  sourceNote: string,
  status: MeasurementStatus,
  action: MeasurementRevisionAction,
  login: string,
  changedAt: Date,
  reason = '',
): Revision {
  return {
    value,
    cases,
    sourceNote,
    status,
    action,
    changedByLogin: login,
    changedByName: nameOf(login),
    changedAt,
    reason,
  };
}
