import type { ActionPlanContent, MeasureStatus } from '@gw/shared/contracts';
import type { ContentSection } from '../artifacts/artifact-kind';
import type { MeasureSnapshot } from '../artifacts/baseline-compare';

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: 'geplant',
  running: 'laufend',
  completed: 'abgeschlossen',
  delayed: 'verzögert',
  cancelled: 'abgebrochen',
};

const germanDate = (date: string | null) => (date ? date.split('-').reverse().join('.') : '–');
const euro = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export function formatEuro(value: number): string {
  return euro.format(value);
}

export function formatHours(value: number): string {
  return `${number.format(value)} Std.`;
}

/** One measure as Markdown, in German: what a baseline says about it. */
export function measureMarkdown(measure: MeasureSnapshot, plan: ActionPlanContent): string {
  const name = (list: { id: string; name: string }[], id: string | null) =>
    list.find((item) => item.id === id)?.name ?? '–';
  const actors = (ids: string[]) => ids.map((id) => name(plan.actors, id)).join(', ') || '–';
  const lines = [
    `### ${measure.title}`,
    `- Status: ${MEASURE_STATUS_LABELS[measure.status]}, Fortschritt ${measure.progress} %`,
    `- Zeitraum: ${germanDate(measure.startDate)} bis ${germanDate(measure.endDate)}`,
    `- Arbeitsgruppe: ${name(plan.workingGroups, measure.workingGroupId)}`,
    `- Federführung: ${name(plan.actors, measure.leadActorId)}; beteiligt: ${actors(measure.contributingActorIds)}`,
  ];
  if (measure.milestones.length > 0) {
    lines.push(
      `- Meilensteine: ${measure.milestones
        .map((m) => `${m.title} (${germanDate(m.dueDate)}${m.done ? ', erreicht' : ''})`)
        .join('; ')}`,
    );
  }
  if (measure.resources.length > 0) {
    lines.push(
      `- Ressourcen: ${measure.resources
        .map((r) =>
          [
            name(plan.actors, r.actorId),
            r.eur !== null ? formatEuro(r.eur) : '',
            r.staffHours !== null ? formatHours(r.staffHours) : '',
            r.inKind,
          ]
            .filter(Boolean)
            .join(' '),
        )
        .join('; ')}`,
    );
  }
  if (measure.dependencyIds.length > 0) {
    const titles = measure.dependencyIds.map(
      (id) => plan.measures.find((m) => m.id === id)?.title ?? '–',
    );
    lines.push(`- Hängt ab von: ${titles.join(', ')}`);
  }
  if (measure.indicatorIds.length > 0) {
    lines.push(
      `- Indikatoren: ${measure.indicatorIds.map((id) => plan.indicators.find((i) => i.id === id)?.name ?? '–').join(', ')}`,
    );
  }
  if (measure.description) lines.push('', measure.description);
  return lines.join('\n');
}

/**
 * A baseline read goal by goal (the sections its diff and comments work on); measures without
 * a goal come last.
 */
export function actionPlanSections(plan: ActionPlanContent): ContentSection[] {
  const sections = plan.goals.map((goal) => ({
    key: `goal:${goal.id}`,
    title: goal.title,
    body: plan.measures
      .filter((m) => m.goalIds.includes(goal.id))
      .map((m) => measureMarkdown(m, plan))
      .join('\n\n'),
  }));
  const withoutGoal = plan.measures.filter(
    (m) => !m.goalIds.some((id) => plan.goals.some((g) => g.id === id)),
  );
  if (withoutGoal.length > 0) {
    sections.push({
      key: 'without_goal',
      title: 'Maßnahmen ohne Ziel',
      body: withoutGoal.map((m) => measureMarkdown(m, plan)).join('\n\n'),
    });
  }
  return sections;
}
