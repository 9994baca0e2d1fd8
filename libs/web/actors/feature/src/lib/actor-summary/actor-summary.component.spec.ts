import { TestBed } from '@angular/core/testing';
import type { ActorAreaSummary } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { ActorSummaryComponent } from './actor-summary.component';
import { actors } from '../actors.i18n';
import { existingBodies } from '../existing-bodies.i18n';

const area = (overrides: Partial<ActorAreaSummary>): ActorAreaSummary => ({
  area: 'social',
  actors: 2,
  plannedCoreGroup: 1,
  partners: 1,
  missingCoreGroupMember: false,
  ...overrides,
});

async function render(summary: ActorAreaSummary[]) {
  localStorage.clear();
  TestBed.inject(I18nService).addTexts(actors, existingBodies);
  const fixture = TestBed.createComponent(ActorSummaryComponent);
  fixture.componentRef.setInput('summary', summary);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('ActorSummaryComponent', () => {
  it('warns in words which core areas lack a planned core-group member', async () => {
    const root = await render([
      area({ area: 'migration_integration', plannedCoreGroup: 0, missingCoreGroupMember: true }),
      area({ area: 'work_economy' }),
      area({ area: 'education', actors: 0, plannedCoreGroup: 0, missingCoreGroupMember: true }),
    ]);
    const notice = root.querySelector('[role=status]');
    expect(notice?.textContent).toContain(
      'Für die Kerngruppe fehlt noch ein geplantes Mitglied aus: Migration und Integration, Bildung.',
    );
    const gaps = Array.from(root.querySelectorAll('li.gap')).map((li) => li.textContent);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toContain('Noch niemand für die Kerngruppe geplant');
  });

  it('says so when all four areas are covered, and shows the counts per area', async () => {
    const root = await render([area({ area: 'social', actors: 5, partners: 3 })]);
    expect(root.querySelector('[role=status]')?.textContent).toContain(
      'Alle vier Bereiche haben ein geplantes Mitglied der Kerngruppe.',
    );
    expect(root.querySelector('li.gap')).toBeNull();
    const counts = Array.from(root.querySelectorAll('li p')).map((p) =>
      p.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(root.querySelector('li h3')?.textContent).toBe('Soziales');
    expect(counts).toEqual(['5 Akteure', '1 geplant für die Kerngruppe', '3 Partner']);
  });

  it('counts one actor in the singular', async () => {
    const root = await render([area({ area: 'social', actors: 1 })]);
    expect(root.querySelector('li p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 Akteur');
  });
});
