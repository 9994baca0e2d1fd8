import { TestBed } from '@angular/core/testing';
import type { Role, VersionStatus } from '@gw/shared/contracts';
import {
  ARTIFACT,
  EVA,
  baseline,
  decision,
  overview,
  query,
  settle,
  setUp,
  summary,
} from '../testing/baseline-fixtures';
import { BaselineDetailComponent } from './baseline-detail.component';

async function render(role: Role, status: VersionStatus) {
  const setup = await setUp(role, role === 'steering' ? EVA.userId : 'u-katrin', [
    summary(1, status),
  ]);
  const fixture = TestBed.createComponent(BaselineDetailComponent);
  fixture.componentRef.setInput('number', '1');
  await fixture.whenStable();
  setup.backend.expectOne(`${ARTIFACT}/versions/1`).flush(baseline(1, status));
  await settle(fixture);
  if (status !== 'draft') {
    setup.backend
      .expectOne(`${ARTIFACT}/versions/1/approvals`)
      .flush(
        status === 'rejected'
          ? overview([decision(EVA, 'reject', 'Bitte die Ressourcen ergänzen.')])
          : overview([], { canDecide: role === 'steering' }),
      );
    await settle(fixture);
  }
  const root = fixture.nativeElement as HTMLElement;
  return { ...setup, fixture, root, ...query(root) };
}

describe('BaselineDetailComponent', () => {
  it('lets the coordination office submit a draft, after saying that it freezes the measures', async () => {
    const { button, fixture, backend, confirmations } = await render('coordination', 'draft');
    button('Zur Freigabe einreichen')!.click();
    await settle(fixture);
    expect(confirmations).toEqual([
      expect.objectContaining({
        title: 'Basislinie 1 zur Freigabe einreichen?',
        text: expect.stringContaining('eingefroren'),
      }),
    ]);
    expect(backend.expectOne(`${ARTIFACT}/versions/1/submit`).request.method).toBe('POST');
  });

  it('offers the steering group no submission of a draft', async () => {
    const { button, text } = await render('steering', 'draft');
    expect(button('Zur Freigabe einreichen')).toBeUndefined();
    expect(text()).toContain('Entwurf');
  });

  it('offers a steering member asked the decision on a submitted baseline', async () => {
    const { button } = await render('steering', 'submitted');
    expect(button('Zustimmen')).toBeDefined();
    expect(button('Ablehnen')).toBeDefined();
    expect(button('Zur Freigabe einreichen')).toBeUndefined();
  });

  it('shows the coordination office why the steering group rejected the baseline', async () => {
    const { root, text } = await render('coordination', 'rejected');
    const notice = root.querySelector('gw-rejection-notice')!;
    expect(notice.textContent).toContain('Die Steuerungsgruppe hat Basislinie 1 abgelehnt');
    expect(notice.textContent).toContain('Bitte die Ressourcen ergänzen.');
    expect(notice.textContent).toContain('Eva Brandt');
    expect(text()).toContain('Passen Sie die Maßnahmen an');
  });

  it('shows the hash of a submitted baseline', async () => {
    const { text } = await render('coordination', 'submitted');
    expect(text()).toContain('Prüfwert (SHA-256)');
    expect(text()).toContain('ab12cd34ef56');
  });
});
