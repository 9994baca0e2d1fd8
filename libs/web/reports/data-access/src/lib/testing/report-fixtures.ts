import type {
  ApprovalOverview,
  Artifact,
  ArtifactVersionSummary,
  PublicReport,
  ReportContent,
  ReportGoal,
  ReportIndicator,
  VersionStatus,
} from '@gw/shared/contracts';
import type { Report } from '../reports.api';

export const BASE = '/api/v1/initiatives/i1';
export const ARTIFACT = `${BASE}/artifacts/r1`;
export const HASH = 'ab12cd34ef56'.padEnd(64, '0');
export const person = (userId: string, displayName: string) => ({ userId, displayName });
export const KATRIN = person('u-katrin', 'Katrin Berger');
export const EVA = person('u-eva', 'Eva Brandt');
export const JONAS = person('u-jonas', 'Jonas Weber');

export const indicator = (overrides: Partial<ReportIndicator> = {}): ReportIndicator => ({
  indicatorId: 'ind1',
  name: 'Anschlussquote',
  unit: '%',
  visibility: 'public',
  direction: 'higher_is_better',
  baseline: { value: 60, date: '2026-12-31' },
  target: { value: 84, date: '2027-12-31' },
  values: [
    { period: '2027-01', periodEnd: '2027-01-31', value: 61, cases: null },
    { period: '2027-03', periodEnd: '2027-03-31', value: 65, cases: null },
  ],
  cells: [
    { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: 70, cases: 30 },
    { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: 33, cases: 3 },
  ],
  status: 'at_risk',
  ...overrides,
});

export const goal = (): ReportGoal => ({
  goalId: 'g1',
  title: 'Kein Abschluss ohne Anschluss',
  indicators: [
    indicator(),
    indicator({
      indicatorId: 'ind2',
      name: 'Beratungsgespräche',
      unit: 'Gespräche',
      visibility: 'internal',
      cells: [],
      status: 'on_track',
    }),
  ],
  measures: {
    completed: [{ id: 'm1', title: 'Bewerbungstraining' }],
    started: [{ id: 'm2', title: 'Übergangscoaching' }],
    delayed: [{ id: 'm3', title: 'Elternabende' }],
  },
  milestonesReached: [
    { measureTitle: 'Übergangscoaching', title: 'Auftaktveranstaltung', dueDate: '2027-03-01' },
  ],
  narrative: 'Das Coaching ist im Februar gestartet.',
});

export const content = (overrides: Partial<ReportContent> = {}): ReportContent => ({
  title: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
  periodType: 'quarter',
  periodStart: '2027-01-01',
  periodEnd: '2027-03-31',
  generatedAt: '2027-04-02T08:00:00Z',
  goals: [goal()],
  resources: [{ actorName: 'Jobcenter', eur: 12000, staffHours: 120 }],
  corrections: [],
  summary: '',
  ...overrides,
});

export const summary = (number: number, status: VersionStatus): ArtifactVersionSummary => ({
  number,
  status,
  contentHash: status === 'draft' ? null : HASH,
  createdAt: '2027-04-01T10:00:00Z',
  createdBy: KATRIN,
  submittedAt: status === 'draft' ? null : '2027-04-03T10:00:00Z',
  submittedBy: status === 'draft' ? null : KATRIN,
});

export const artifact = (...versions: ArtifactVersionSummary[]): Artifact => ({
  id: 'r1',
  kind: 'impact_report',
  title: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
  latestVersion: versions[versions.length - 1] ?? null,
  createdAt: '2027-04-01T10:00:00Z',
  versions,
});

export const report = (
  number: number,
  status: VersionStatus,
  overrides: Partial<ReportContent> = {},
): Report => ({
  ...summary(number, status),
  artifactId: 'r1',
  kind: 'impact_report',
  content: content(overrides),
  version: 3,
});

export const overview = (overrides: Partial<ApprovalOverview> = {}): ApprovalOverview => ({
  versionNumber: 1,
  quorum: 'majority',
  approvers: [EVA, JONAS],
  needed: 2,
  approvals: [],
  canDecide: false,
  ...overrides,
});

export const publicReport = (): PublicReport => ({
  initiativeName: 'Jugendpakt Lindenfeld',
  title: 'Tätigkeits- und Wirkungsbericht 1. Quartal 2027',
  periodStart: '2027-01-01',
  periodEnd: '2027-03-31',
  publishedAt: '2027-04-10T10:00:00Z',
  contentHash: HASH,
  suppressionThreshold: 5,
  summary: 'Ein gutes erstes Quartal.',
  goals: [
    {
      ...goal(),
      indicators: [
        {
          ...indicator(),
          cells: [
            { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: 70, suppressed: false },
            { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
          ],
        },
      ],
    },
  ],
});
