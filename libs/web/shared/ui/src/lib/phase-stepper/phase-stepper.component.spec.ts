import { TestBed } from '@angular/core/testing';
import type { Phase } from '@gw/shared/contracts';
import { PhaseStepperComponent } from './phase-stepper.component';

async function render(phase: Phase): Promise<HTMLElement> {
  localStorage.clear();
  const fixture = TestBed.createComponent(PhaseStepperComponent);
  fixture.componentRef.setInput('phase', phase);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const steps = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('ol > li'));

describe('PhaseStepperComponent', () => {
  it('shows the three phases in order with their products', async () => {
    const root = await render('initiierung');
    const texts = steps(root).map((step) => step.querySelector('h3')?.textContent?.trim());
    expect(texts).toEqual(['Phase 1 Initiierung', 'Phase 2 Gestaltung', 'Phase 3 Umsetzung']);
    expect(root.textContent).toContain('Kooperationsvereinbarung');
    expect(root.textContent).toContain('Aktionsplan');
    expect(root.textContent).toContain('Tätigkeits- und Wirkungsberichte');
  });

  it('marks only the current phase as the current step', async () => {
    const root = await render('gestaltung');
    const current = steps(root).map((step) => step.getAttribute('aria-current'));
    expect(current).toEqual([null, 'step', null]);
    expect(steps(root)[1].textContent).toContain('Aktuelle Phase');
  });

  it('marks earlier phases as done and later ones as open', async () => {
    const root = await render('umsetzung');
    expect(steps(root)[0].textContent).toContain('Abgeschlossen');
    expect(steps(root)[1].textContent).toContain('Abgeschlossen');
    expect(steps(root)[2].getAttribute('aria-current')).toBe('step');

    const first = await render('initiierung');
    expect(steps(first)[2].textContent).toContain('Noch offen');
  });
});
