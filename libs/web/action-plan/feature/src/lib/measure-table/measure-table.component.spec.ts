import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Measure } from '@gw/shared/contracts';
import {
  type MeasureAccess,
  MeasurePlanStore,
  measureFixtures,
} from '@gw/web/action-plan/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { MeasureActions } from '../measure-actions';
import { MeasureTableComponent } from './measure-table.component';
import { actionPlan } from '../action-plan.i18n';
import { timelineAndMatrix } from '../timeline-and-matrix.i18n';

const { measure, workingGroup } = measureFixtures;

const unchanged = measure({ id: 'm1', title: 'Sprachförderung' });
const added = measure({ id: 'm2', title: 'Elternabende', workingGroupId: 'wg2' });
const changed = measure({ id: 'm3', title: 'Patenschaften', workingGroupId: null });

async function render(showBaseline: boolean, access: (measure: Measure) => MeasureAccess) {
  localStorage.clear();
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  TestBed.configureTestingModule({
    providers: [
      {
        provide: MeasurePlanStore,
        useValue: {
          groupById: signal(byId([workingGroup()])),
          goalById: signal(new Map()),
          actorById: signal(byId([{ id: 'a1', name: 'Integrationszentrum' }])),
        },
      },
      { provide: MeasureActions, useValue: { access, edit: jest.fn(), remove: jest.fn() } },
    ],
  });
  TestBed.inject(I18nService).addTexts(actionPlan, timelineAndMatrix);
  const fixture = TestBed.createComponent(MeasureTableComponent);
  fixture.componentRef.setInput('grouping', 'goal');
  fixture.componentRef.setInput('showBaseline', showBaseline);
  fixture.componentRef.setInput('groups', [
    {
      id: 'g1',
      label: 'Ankommen',
      measures: [
        { ...unchanged, baselineChange: { kind: 'unchanged', fields: [] } },
        { ...added, baselineChange: { kind: 'new', fields: [] } },
        { ...changed, baselineChange: { kind: 'changed', fields: ['status', 'endDate'] } },
      ],
    },
  ]);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const row = (title: string) =>
    Array.from(root.querySelectorAll('tr.row')).find((tr) => tr.textContent?.includes(title))!;
  const labels = (title: string) =>
    Array.from(row(title).querySelectorAll('button[aria-label]')).map((button) =>
      button.getAttribute('aria-label'),
    );
  return { root, row, labels };
}

describe('MeasureTableComponent', () => {
  it('marks each measure against the approved baseline, naming the changed fields', async () => {
    const { row, root } = await render(true, () => 'all');
    expect(root.querySelector('thead')?.textContent).toContain('Seit Basislinie');
    expect(row('Sprachförderung').querySelector('td .marker')?.textContent).toBe('unverändert');
    expect(row('Elternabende').querySelector('td .marker')?.textContent).toBe('neu');
    expect(row('Patenschaften').querySelector('td .marker')?.textContent).toBe(
      'geändert: Status, Ende',
    );
  });

  it('shows no markers while no baseline is approved', async () => {
    const { root } = await render(false, () => 'all');
    expect(root.querySelector('thead')?.textContent).not.toContain('Seit Basislinie');
    expect(root.querySelectorAll('.marker')).toHaveLength(0);
  });

  it('labels status by text and progress by number, not colour alone', async () => {
    const { row } = await render(false, () => 'none');
    expect(row('Sprachförderung').querySelector('.chip')?.textContent?.trim()).toBe('laufend');
    expect(row('Sprachförderung').textContent).toContain('55 %');
    expect(row('Sprachförderung').textContent).toContain('Federführung: Integrationszentrum');
  });

  it('offers edit and delete as the rights allow', async () => {
    const rights: Record<string, MeasureAccess> = { m1: 'progress', m2: 'none', m3: 'all' };
    const { labels } = await render(false, (item) => rights[item.id]!);
    expect(labels('Sprachförderung')).toEqual(['„Sprachförderung“ aktualisieren']);
    expect(labels('Elternabende')).toEqual([]);
    expect(labels('Patenschaften')).toEqual([
      '„Patenschaften“ bearbeiten',
      '„Patenschaften“ löschen',
    ]);
  });
});
