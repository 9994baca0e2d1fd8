import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { ReportsStore, reportFixtures } from '@gw/web/reports/data-access';
import { fakeDialogRef, provideDateAdapter } from '@gw/web/shared/ui';
import { query, settle, setUp } from '../testing/setup';
import { CreateReportDialogComponent } from './create-report-dialog.component';

const { BASE, report } = reportFixtures;

async function render() {
  const closed: unknown[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideDateAdapter(),
      {
        provide: MatDialogRef,
        useValue: fakeDialogRef((value: unknown) => closed.push(value)),
      },
    ],
  });
  const setup = await setUp('coordination');
  const loading = TestBed.inject(ReportsStore).load('i1');
  setup.backend.expectOne(`${BASE}/artifacts?kind=impact_report`).flush([]);
  await loading;
  const fixture = TestBed.createComponent(CreateReportDialogComponent);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  const fill = async (name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle(fixture);
  };
  const submit = async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };
  return { ...setup, fixture, root, fill, submit, closed, ...query(root) };
}

describe('CreateReportDialogComponent', () => {
  afterEach(() => jest.useRealTimers());

  it('proposes the last complete period, not the running one, for each type until a day is picked', async () => {
    // Only the calendar moves to 7 December 2026; timers run as they do.
    jest.useFakeTimers({
      now: new Date('2026-12-07T10:00:00'),
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const { text, button, fixture } = await render();
    expect(text()).toContain('vom 1. Juli 2026 bis zum 30. September 2026');
    button('Halbjahr')?.click();
    await settle(fixture);
    expect(text()).toContain('vom 1. Januar 2026 bis zum 30. Juni 2026');
    button('Jahr')?.click();
    await settle(fixture);
    expect(text()).toContain('vom 1. Januar 2025 bis zum 31. Dezember 2025');
  });

  it('shows the quarter the day lies in and creates the report for it', async () => {
    const { fill, submit, text, backend, closed } = await render();
    await fill('date', '15.02.2027');
    expect(text()).toContain('vom 1. Januar 2027 bis zum 31. März 2027');
    await fill('title', '  Erster Bericht ');
    await submit();
    const request = backend.expectOne(`${BASE}/reports`);
    expect(request.request.body).toEqual({
      periodType: 'quarter',
      periodStart: '2027-02-15',
      title: 'Erster Bericht',
    });
    request.flush(report(1, 'draft'));
    await settle();
    expect(closed).toEqual([expect.objectContaining({ artifactId: 'r1' })]);
  });

  it('asks a free range for its end, not before its start', async () => {
    const { fill, submit, text, backend, button, fixture, root } = await render();
    button('Freier Zeitraum')?.click();
    await settle(fixture);
    await fill('date', '01.03.2027');
    await fill('end', '28.02.2027');
    await submit();
    expect(text()).toContain('Das Ende liegt vor dem Beginn.');
    backend.expectNone(`${BASE}/reports`);

    await fill('end', '31.05.2027');
    expect(root.textContent).toContain('bis zum 31. Mai 2027');
    await submit();
    expect(backend.expectOne(`${BASE}/reports`).request.body).toEqual({
      periodType: 'custom',
      periodStart: '2027-03-01',
      periodEnd: '2027-05-31',
    });
  });
});
