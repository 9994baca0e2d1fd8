import { TestBed } from '@angular/core/testing';
import type { Phase, Step } from '@gw/shared/contracts';
import { PhaseStepperComponent } from './phase-stepper.component';

const step = (overrides: Partial<Step>): Step => ({
  id: 's',
  phase: 'initiierung',
  key: null,
  title: null,
  position: 1,
  status: 'open',
  responsible: null,
  dueDate: null,
  note: '',
  version: 1,
  ...overrides,
});

async function render(phase: Phase, steps: Step[] | null = null): Promise<HTMLElement> {
  localStorage.clear();
  const fixture = TestBed.createComponent(PhaseStepperComponent);
  fixture.componentRef.setInput('phase', phase);
  fixture.componentRef.setInput('steps', steps);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const phases = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('ol > li'));

describe('PhaseStepperComponent', () => {
  it('shows the three phases in order with their products', async () => {
    const root = await render('initiierung');
    const texts = phases(root).map((item) => item.querySelector('h3')?.textContent?.trim());
    expect(texts).toEqual(['Phase 1 Initiierung', 'Phase 2 Gestaltung', 'Phase 3 Umsetzung']);
    expect(root.textContent).toContain('Kooperationsvereinbarung');
    expect(root.textContent).toContain('Aktionsplan');
    expect(root.textContent).toContain('Tätigkeits- und Wirkungsberichte');
  });

  it('marks only the current phase as the current step', async () => {
    const root = await render('gestaltung');
    const current = phases(root).map((item) => item.getAttribute('aria-current'));
    expect(current).toEqual([null, 'step', null]);
    expect(phases(root)[1].textContent).toContain('Aktuelle Phase');
  });

  it('marks earlier phases as done and later ones as open', async () => {
    const root = await render('umsetzung');
    expect(phases(root)[0].textContent).toContain('Abgeschlossen');
    expect(phases(root)[1].textContent).toContain('Abgeschlossen');
    expect(phases(root)[2].getAttribute('aria-current')).toBe('step');

    const first = await render('initiierung');
    expect(phases(first)[2].textContent).toContain('Noch offen');
  });

  it('lists the real steps of each phase in order, predefined ones translated, with status', async () => {
    const root = await render('initiierung', [
      step({ id: 'c', title: 'Auftaktveranstaltung planen', position: 5 }),
      step({ id: 'a', key: 'identify_owner_and_actors', position: 1, status: 'done' }),
      step({ id: 'b', key: 'form_steering_group', position: 2, status: 'in_progress' }),
      step({ id: 'g', phase: 'gestaltung', key: 'expand_actor_circle', position: 1 }),
    ]);
    const [first, second] = phases(root);
    const labels = Array.from(first.querySelectorAll('.step-item')).map((item) =>
      item.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).toEqual([
      'Eigner identifizieren und relevante Akteure zusammenbringen (erledigt)',
      'Steuerungsgruppe bilden (in Arbeit)',
      'Auftaktveranstaltung planen (offen)',
    ]);
    expect(first.textContent).toContain('1 von 3 Schritten erledigt');
    expect(second.querySelectorAll('.step-item')).toHaveLength(1);
    expect(phases(root)[2].querySelector('.steps')).toBeNull();
  });
});
