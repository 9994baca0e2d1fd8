import { ROLES } from '@gw/shared/contracts';
import { CSV_TYPE } from '../support/actor-table';
import type { InitiativeFixture } from '../support/fixture';
import { base, describeRoleMatrix, type Endpoint } from '../support/role-matrix';
import type { TestApp } from '../support/test-app';

/** The fixture's working_group user is the data steward of the fixture's indicator. */
const COORDINATION_AND_STEWARD = ['coordination', 'working_group'] as const;
const ALL_BUT_OBSERVERS = ['coordination', 'steering', 'working_group', 'partner'] as const;

const values = (f: InitiativeFixture) => `${base(f)}/indicators/${f.indicatorId}/measurements`;

const IMPORT_FILE = Buffer.from(
  '\uFEFFIndikator;Zeitraum;Stadtteil;Wert;Fallzahl;Quelle\r\nAnschlussquote;2027;Nord;72,5;80;Abfrage\r\n',
);

/** Values of the indicators: entry, review, corrections, comments, series, template, import. */
const MEASUREMENT_ENDPOINTS: Endpoint[] = [
  {
    name: 'GET measurements',
    method: 'GET',
    path: (f) => `${values(f)}?status=approved&cells=all`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: "GET the initiative's measurements",
    method: 'GET',
    path: (f) => `${base(f)}/measurements?status=submitted`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST measurement',
    method: 'POST',
    path: values,
    body: () => ({ period: '2027', value: 73, cases: 610 }),
    allowed: COORDINATION_AND_STEWARD,
    success: 201,
  },
  {
    name: 'GET measurement',
    method: 'GET',
    path: (f) => `${values(f)}/${f.measurementId}`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH measurement',
    method: 'PATCH',
    path: (f) => `${values(f)}/${f.measurementId}`,
    body: () => ({ value: 72, reason: 'Nachmeldung', version: 1 }),
    allowed: COORDINATION_AND_STEWARD,
    success: 200,
  },
  {
    name: 'POST measurement review',
    method: 'POST',
    path: (f) => `${values(f)}/${f.submittedMeasurementId}/review`,
    body: () => ({ decision: 'return', comment: 'Bitte prüfen', version: 1 }),
    allowed: ['coordination'],
    success: 200,
  },
  {
    name: 'POST measurement comment',
    method: 'POST',
    path: (f) => `${values(f)}/${f.measurementId}/comments`,
    body: () => ({ body: 'Der Anstieg kommt aus dem Nordviertel.' }),
    allowed: ALL_BUT_OBSERVERS,
    success: 201,
  },
  {
    name: 'GET indicator series',
    method: 'GET',
    path: (f) => `${base(f)}/indicators/${f.indicatorId}/series`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET measurement template',
    method: 'GET',
    path: (f) => `${base(f)}/measurements/template?format=xlsx`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST measurement import',
    method: 'POST',
    path: (f) => `${base(f)}/measurements/import?format=csv`,
    upload: { contentType: CSV_TYPE, body: IMPORT_FILE },
    allowed: COORDINATION_AND_STEWARD,
    success: 200,
  },
];

/** Partners and observers see no internal indicator: the matrix needs one they may see. */
async function visibleToPartners(t: TestApp, f: InitiativeFixture): Promise<void> {
  await t.dataSource.query(`UPDATE indicators SET visibility = 'partners' WHERE id = $1`, [
    f.indicatorId,
  ]);
}

describeRoleMatrix(
  'role matrix: measurements',
  MEASUREMENT_ENDPOINTS.map((endpoint) => ({ ...endpoint, setup: visibleToPartners })),
);
