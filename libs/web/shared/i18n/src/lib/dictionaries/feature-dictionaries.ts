import type { FeatureTexts } from './dictionaries';

/**
 * The texts of the larger features, each loaded on its own: they travel in lazy chunks rather
 * than in the initial bundle (the shell's texts are there already).
 */
export const FEATURE_TEXTS = {
  phases: () => import('./phases.i18n').then((m) => m.phases),
  actors: () => import('./actors.i18n').then((m) => m.actors),
  sharedGoal: () => import('./shared-goal.i18n').then((m) => m.sharedGoal),
  agreement: () => import('./agreement.i18n').then((m) => m.agreement),
  verification: () => import('./verification.i18n').then((m) => m.verification),
  workingGroups: () => import('./working-groups.i18n').then((m) => m.workingGroups),
  measures: () => import('./measures.i18n').then((m) => m.measures),
  indicators: () => import('./indicators.i18n').then((m) => m.indicators),
  baselines: () => import('./baselines.i18n').then((m) => m.baselines),
  measurements: () => import('./measurements.i18n').then((m) => m.measurements),
  dashboard: () => import('./dashboard.i18n').then((m) => m.dashboard),
  reports: () => import('./reports.i18n').then((m) => m.reports),
  members: () => import('./members.i18n').then((m) => m.members),
  invitations: () => import('./invitations.i18n').then((m) => m.invitations),
} satisfies Record<string, () => Promise<FeatureTexts>>;

export type TextFeature = keyof typeof FEATURE_TEXTS;
