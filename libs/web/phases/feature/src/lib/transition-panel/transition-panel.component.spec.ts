import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import {
  PROBLEM_TYPES,
  type PhaseOverview,
  type PhaseTransition,
  type Role,
} from '@gw/shared/contracts';
import { PhasesStore } from '@gw/web/phases/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { TransitionPanelComponent } from './transition-panel.component';
import { phases as phaseTexts } from '../phases.i18n';

const BASE = '/api/v1/initiatives/i1';

const phases: PhaseOverview[] = [
  { phase: 'initiierung', current: true, completed: false, steps: [] },
  { phase: 'gestaltung', current: false, completed: false, steps: [] },
  { phase: 'umsetzung', current: false, completed: false, steps: [] },
];

const pending: PhaseTransition = {
  id: 't1',
  from: 'initiierung',
  to: 'gestaltung',
  rationale: 'Alle Partner haben unterschrieben.',
  status: 'pending',
  proposedBy: { userId: 'u1', displayName: 'Miriam Hoffmann' },
  proposedAt: '2026-03-01T10:00:00Z',
  decidedBy: null,
  decidedAt: null,
  comment: null,
};

async function render(role: Role, transitions: PhaseTransition[] = []) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // Every confirmation is answered with "yes".
      { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
    ],
  });
  TestBed.inject(I18nService).addTexts(phaseTexts);
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(PhasesStore).load('i1', { withTransitions: true });
  backend.expectOne(`${BASE}/phases`).flush(phases);
  backend.expectOne(`${BASE}/phase-transitions`).flush(transitions);
  await loading;
  const fixture = TestBed.createComponent(TransitionPanelComponent);
  fixture.componentRef.setInput('canPropose', role === 'coordination');
  fixture.componentRef.setInput('canDecide', role === 'steering');
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  return { root, backend, settle, button };
}

describe('TransitionPanelComponent', () => {
  it('lets the coordination office propose the next phase', async () => {
    expect((await render('coordination')).button('Phasenwechsel vorschlagen')).toBeDefined();
  });

  it('offers nobody else to propose', async () => {
    const steering = await render('steering');
    expect(steering.button('Phasenwechsel vorschlagen')).toBeUndefined();
    expect(steering.root.textContent).toContain('Zurzeit liegt kein Vorschlag');
  });

  it('tells why a proposal is refused while no agreement is in force', async () => {
    const { root, backend, settle, button } = await render('coordination');
    button('Phasenwechsel vorschlagen')!.click();
    await settle();
    const rationale = root.querySelector<HTMLTextAreaElement>('textarea')!;
    rationale.value = 'Die Steuerungsgruppe arbeitet.';
    rationale.dispatchEvent(new Event('input'));
    root.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();

    const proposal = backend.expectOne(`${BASE}/phase-transitions`);
    expect(proposal.request.body).toEqual({
      to: 'gestaltung',
      rationale: 'Die Steuerungsgruppe arbeitet.',
    });
    proposal.flush(
      {
        type: PROBLEM_TYPES.phasePrecondition,
        title: 'Conflict',
        status: 409,
        detail: 'Gestaltung can only begin once …',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Der Wechsel ist noch nicht möglich.');
    expect(alert?.textContent).toContain(
      'Es ist noch keine Fassung der Kooperationsvereinbarung in Kraft.',
    );
  });

  it('shows a pending proposal to every member, without the decision', async () => {
    const observer = await render('observer', [pending]);
    expect(observer.root.textContent).toContain('Vorschlag: Wechsel in die Phase Gestaltung');
    expect(observer.root.textContent).toContain('Alle Partner haben unterschrieben.');
    expect(observer.button('Zustimmen')).toBeUndefined();
    expect(observer.button('Ablehnen')).toBeUndefined();
  });

  it('offers the steering group to approve or reject a pending proposal', async () => {
    const steering = await render('steering', [pending]);
    expect(steering.button('Zustimmen')).toBeDefined();
    expect(steering.button('Ablehnen')).toBeDefined();
    expect(steering.button('Vorschlag zurückziehen')).toBeUndefined();
  });

  it('sends the steering group’s rejection with its comment after confirming', async () => {
    const { root, backend, settle, button } = await render('steering', [pending]);
    const comment = root.querySelector<HTMLTextAreaElement>('textarea')!;
    comment.value = 'Die Vereinbarung fehlt noch.';
    comment.dispatchEvent(new Event('input'));
    button('Ablehnen')!.click();
    await settle();
    const decision = backend.expectOne(`${BASE}/phase-transitions/t1/decision`);
    expect(decision.request.body).toEqual({
      decision: 'reject',
      comment: 'Die Vereinbarung fehlt noch.',
    });
    decision.flush({ ...pending, status: 'rejected', comment: 'Die Vereinbarung fehlt noch.' });
    await settle();
    expect(root.textContent).not.toContain('Vorschlag: Wechsel in die Phase Gestaltung');
  });
});
