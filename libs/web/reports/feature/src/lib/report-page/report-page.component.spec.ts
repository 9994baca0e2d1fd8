import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ApprovalOverview, Role, VersionStatus } from '@gw/shared/contracts';
import { reportFixtures } from '@gw/web/reports/data-access';
import { query, settle, setUp } from '../testing/setup';
import { ReportPageComponent } from './report-page.component';

const { ARTIFACT, EVA, JONAS, KATRIN, HASH, artifact, overview, report, summary } = reportFixtures;

async function render(role: Role, status: VersionStatus, approvals = overview()) {
  const setup = await setUp(role);
  const fixture = TestBed.createComponent(ReportPageComponent);
  fixture.componentRef.setInput('artifactId', 'r1');
  await settle(fixture);
  setup.backend.expectOne(ARTIFACT).flush(artifact(summary(1, status)));
  await settle();
  setup.backend.expectOne(`${ARTIFACT}/versions/1`).flush(report(1, status));
  await settle();
  if (status !== 'draft') {
    setup.backend.expectOne(`${ARTIFACT}/versions/1/approvals`).flush(approvals);
  }
  setup.backend.expectOne(`${ARTIFACT}/versions/1/comments?status=all`).flush([]);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  return { ...setup, fixture, root, ...query(root) };
}

describe('ReportPageComponent', () => {
  it('shows the indicators per goal with their status, visibility and the cells the public will not see', async () => {
    const { text } = await render('steering', 'in_review');
    expect(text()).toContain('Kein Abschluss ohne Anschluss');
    expect(text()).toContain('gefährdet');
    expect(text()).toContain('auf Kurs');
    expect(text()).toContain('intern');
    expect(text()).toContain('Stadtteil: Hafen');
    expect(text()).toContain('wird öffentlich unterdrückt (Schutz kleiner Fallzahlen unter 5)');
    expect(text()).toContain('Abgeschlossen (1)');
    expect(text()).toContain('Auftaktveranstaltung (Übergangscoaching, fällig am 1. März 2027)');
    expect(text()).toContain('0 von 2 nötigen Zustimmungen');
    // Periods are said in words, as everywhere else, not as keys like 2027-01.
    expect(text()).toContain('Januar 2027');
    expect(text()).toContain('März 2027');
    expect(text()).not.toMatch(/\b2027-0[13]\b/);
  });

  it('lets the coordination office write the texts and submit, after saying the numbers freeze', async () => {
    const { root, button, backend, fixture, confirmations } = await render('coordination', 'draft');
    expect(root.querySelectorAll('gw-report-text textarea')).toHaveLength(2);
    button('Zur Prüfung einreichen')?.click();
    await settle(fixture);
    expect(confirmations[0]?.text).toContain('Die Zahlen werden eingefroren');
    const request = backend.expectOne(`${ARTIFACT}/versions/1/submit`);
    expect(request.request.method).toBe('POST');
  });

  it('lets a working group write the texts of a draft but not submit it', async () => {
    const { root, button } = await render('working_group', 'draft');
    expect(root.querySelectorAll('gw-report-text textarea')).toHaveLength(2);
    expect(button('Zur Prüfung einreichen')).toBeUndefined();
  });

  it('shows an observer the report to read only', async () => {
    const { root, button, text } = await render('observer', 'draft');
    expect(root.querySelector('textarea')).toBeNull();
    expect(button('Zur Prüfung einreichen')).toBeUndefined();
    expect(text()).toContain('Noch keine Zusammenfassung.');
    expect(text()).toContain('Das Coaching ist im Februar gestartet.');
    expect(text()).toContain('Als beobachtendes Mitglied können Sie nicht kommentieren.');
  });

  it('records a steering member’s approval, shows the report as it is then and says it is approved', async () => {
    const asked: ApprovalOverview = overview({ approvers: [EVA, JONAS, KATRIN], canDecide: true });
    const { button, backend, fixture, confirmations, text } = await render(
      'steering',
      'in_review',
      asked,
    );
    const said = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    button('Zustimmen')?.click();
    await settle(fixture);
    expect(confirmations[0]?.title).toBe('Dem Bericht zustimmen?');
    const post = backend.expectOne({ method: 'POST', url: `${ARTIFACT}/versions/1/approvals` });
    expect(post.request.body).toEqual({ decision: 'approve' });
    post.flush({});
    await settle();
    backend.expectOne(ARTIFACT).flush(artifact(summary(1, 'approved')));
    await settle();
    backend.expectOne(`${ARTIFACT}/versions/1`).flush(report(1, 'approved'));
    await settle();
    const decided = (who: typeof EVA) => ({
      id: `a-${who.userId}`,
      approver: who,
      decision: 'approve' as const,
      comment: null,
      contentHash: HASH,
      decidedAt: '2027-04-04T09:00:00Z',
    });
    backend
      .expectOne(`${ARTIFACT}/versions/1/approvals`)
      .flush({ ...asked, canDecide: false, approvals: [decided(EVA), decided(KATRIN)] });
    backend.expectOne(`${ARTIFACT}/versions/1/comments?status=all`).flush([]);
    await settle(fixture);
    expect(said).toHaveBeenCalledWith('Der Bericht ist freigegeben.', 'Schließen', {
      duration: 6000,
    });
    expect(text()).toContain('Sie haben diesem Bericht zugestimmt.');
    expect(text()).toContain('2 von 2 nötigen Zustimmungen');
    expect(button('Veröffentlichen')).toBeUndefined();
  });

  it('offers the coordination office to publish an approved report', async () => {
    const { button, backend, fixture } = await render('coordination', 'approved');
    expect(button('Zur Prüfung einreichen')).toBeUndefined();
    button('Veröffentlichen')?.click();
    await settle(fixture);
    expect(backend.expectOne(`${ARTIFACT}/versions/1/publish`).request.method).toBe('POST');
  });

  it('offers the coordination office the public link of a published report', async () => {
    const { root } = await render('coordination', 'published');
    expect(root.querySelector('gw-public-link-panel')).not.toBeNull();
  });

  it('offers no public link to the steering group', async () => {
    const { root } = await render('steering', 'published');
    expect(root.querySelector('gw-public-link-panel')).toBeNull();
  });
});
