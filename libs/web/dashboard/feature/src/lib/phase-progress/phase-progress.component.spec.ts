import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Dashboard } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { dashboard } from '../dashboard.i18n';
import { PhaseProgressComponent } from './phase-progress.component';

async function render(steps: Dashboard['steps']) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  TestBed.inject(I18nService).addTexts(dashboard);
  const fixture = TestBed.createComponent(PhaseProgressComponent);
  fixture.componentRef.setInput('phase', 'umsetzung');
  fixture.componentRef.setInput('steps', steps);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return Array.from(root.querySelectorAll('.phase')).map((phase) => ({
    fill: phase.querySelector<HTMLElement>('.fill')?.style.width ?? null,
    summary: phase.querySelector('.summary')?.textContent?.trim(),
  }));
}

describe('PhaseProgressComponent', () => {
  it('fills each bar to the share of settled steps, as the sentence beside it says', async () => {
    const [first, second, third] = await render([
      { phase: 'initiierung', counts: { open: 0, in_progress: 0, done: 3, not_applicable: 1 } },
      { phase: 'gestaltung', counts: { open: 2, in_progress: 2, done: 1, not_applicable: 0 } },
      // Steps in progress are not done: the bar stays empty, not full.
      { phase: 'umsetzung', counts: { open: 1, in_progress: 3, done: 0, not_applicable: 0 } },
    ]);
    expect(first).toEqual({ fill: '100%', summary: '4 von 4 Schritten erledigt' });
    expect(second).toEqual({ fill: '20%', summary: '1 von 5 Schritten erledigt' });
    expect(third).toEqual({ fill: '0%', summary: '0 von 4 Schritten erledigt' });
  });

  it('draws no bar for a phase without steps', async () => {
    const rows = await render([]);
    expect(rows.map((row) => row.fill)).toEqual([null, null, null]);
    expect(rows[0]?.summary).toBe('Keine Schritte');
  });
});
