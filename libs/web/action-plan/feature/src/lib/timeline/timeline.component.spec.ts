import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MeasurePlanStore, MeasuresStore, measureFixtures } from '@gw/web/action-plan/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { actionPlan } from '../action-plan.i18n';
import { MeasureActions } from '../measure-actions';
import { timelineAndMatrix } from '../timeline-and-matrix.i18n';
import { TimelineComponent } from './timeline.component';

const { measure, goal } = measureFixtures;

const long = measure({
  id: 'm1',
  title: 'Gemeinsame Verbleibsabfrage der Abgangsklassen aller Schulen der Stadt',
  status: 'cancelled',
  progress: 40,
});
// A bar of one day, far too short for any text on it.
const short = measure({
  id: 'm2',
  title: 'Auftaktwerkstatt',
  startDate: '2026-09-10',
  endDate: '2026-09-10',
  milestones: [],
  status: 'completed',
  progress: 100,
  dependencyIds: ['m1'],
});
const undated = measure({ id: 'm3', title: 'Elternabende', startDate: null, endDate: null });

async function render() {
  const measures = [long, short, undated];
  TestBed.configureTestingModule({
    providers: [
      {
        provide: MeasurePlanStore,
        useValue: {
          measures: signal(measures),
          goals: signal([goal('g1', 'Kein Abschluss ohne Anschluss', 1)]),
          groups: signal([]),
          measureById: signal(new Map(measures.map((item) => [item.id, item]))),
        },
      },
      { provide: MeasuresStore, useValue: { grouping: signal('goal'), setGrouping: jest.fn() } },
      { provide: MeasureActions, useValue: { access: () => 'none', edit: jest.fn() } },
    ],
  });
  TestBed.inject(I18nService).addTexts(actionPlan, timelineAndMatrix);
  const fixture = TestBed.createComponent(TimelineComponent);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('TimelineComponent', () => {
  it('writes titles, state and progress beside the chart, never on or next to a bar', async () => {
    const root = await render();
    // Text drawn in the chart would be clipped at its edges or cover bars and arrows.
    expect(root.querySelectorAll('svg.chart text')).toHaveLength(0);
    const rows = Array.from(root.querySelectorAll<HTMLElement>('.labels .label:not(.group)'));
    expect(rows.map((row) => row.querySelector('.state')?.textContent?.trim())).toEqual([
      'abgebrochen · 40 %',
      'abgeschlossen · 100 %',
      'laufend · 55 % · ohne Zeitraum',
    ]);
    // A title cut short by the column keeps its full text at hand.
    expect(rows[0]?.title).toBe(`${long.title} – abgebrochen · 40 %`);
  });

  it('draws the dependency arrows behind the bars', async () => {
    const root = await render();
    const chart = root.querySelector('svg.chart')!;
    const layers = Array.from(chart.querySelectorAll('path.link, g.bar'));
    expect(layers[0]?.matches('path.link')).toBe(true);
    expect(layers.filter((layer) => layer.matches('path.link'))).toHaveLength(1);
    expect(layers.slice(1).every((layer) => layer.matches('g.bar'))).toBe(true);
  });

  it('still reads out every measure from its bar', async () => {
    const root = await render();
    const bars = Array.from(root.querySelectorAll('svg.chart g.bar'));
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      expect.stringContaining(long.title),
      expect.stringContaining('Hängt ab von: ' + long.title),
      expect.stringContaining('Elternabende'),
    ]);
  });
});
