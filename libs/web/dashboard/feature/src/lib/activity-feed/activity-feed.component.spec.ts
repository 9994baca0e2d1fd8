import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ActivityEntry, Dashboard } from '@gw/shared/contracts';
import { DashboardStore } from '@gw/web/dashboard/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { dashboard } from '../dashboard.i18n';
import { ActivityFeedComponent } from './activity-feed.component';

const URL = '/api/v1/initiatives/i1/dashboard';

/** `count` values entered, newest first, numbered from `from`. */
const entries = (from: number, count: number): ActivityEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    at: new Date(Date.UTC(2026, 10, 30, 12) - (from + index) * 60_000).toISOString(),
    actor: { userId: 'u1', displayName: 'Julia Zimmermann' },
    kind: 'measurement',
    action: 'value_entered',
    subject: `Indikator ${from + index}`,
    period: '2026-Q2',
  }));

async function render(total: number) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(I18nService).addTexts(dashboard);
  const backend = TestBed.inject(HttpTestingController);
  const store = TestBed.inject(DashboardStore);
  const first = entries(1, Math.min(total, 10));
  const loading = store.load('i1');
  backend.expectOne(URL).flush({ activity: first, activityTotal: total } as Partial<Dashboard>);
  await loading;
  const fixture = TestBed.createComponent(ActivityFeedComponent);
  fixture.componentRef.setInput('activity', first);
  fixture.componentRef.setInput('total', total);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const button = () => root.querySelector<HTMLButtonElement>('.footer button');
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { root, backend, button, settle };
}

describe('ActivityFeedComponent', () => {
  it('shows the ten newest entries and offers the rest of the 30 days in pages', async () => {
    const { root, backend, button, settle } = await render(27);
    expect(root.querySelectorAll('.entry')).toHaveLength(10);
    expect(root.querySelector('.entry .what')?.textContent).toContain(
      'Indikator 1, 2. Quartal 2026',
    );
    expect(button()?.textContent?.trim()).toBe('Alle 27 Aktivitäten anzeigen');

    button()?.click();
    backend
      .expectOne(`${URL}/activity?page=1&pageSize=20`)
      .flush({ items: entries(1, 20), total: 27, page: 1, pageSize: 20 });
    await settle();
    expect(root.querySelectorAll('.entry')).toHaveLength(20);
    expect(button()?.textContent?.trim()).toBe('Weitere anzeigen (20 von 27)');

    button()?.click();
    backend
      .expectOne(`${URL}/activity?page=2&pageSize=20`)
      .flush({ items: entries(21, 7), total: 27, page: 2, pageSize: 20 });
    await settle();
    expect(root.querySelectorAll('.entry')).toHaveLength(27);
    expect(button()).toBeNull();
  });

  it('offers nothing more when the ten are all there is', async () => {
    const { root, button } = await render(7);
    expect(root.querySelectorAll('.entry')).toHaveLength(7);
    expect(button()).toBeNull();
  });

  it('says so when the further entries cannot be loaded, and keeps the button', async () => {
    const { root, backend, button, settle } = await render(12);
    button()?.click();
    backend
      .expectOne(`${URL}/activity?page=1&pageSize=20`)
      .flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Die weiteren Aktivitäten konnten nicht geladen werden.',
    );
    expect(root.querySelectorAll('.entry')).toHaveLength(10);
    expect(button()).not.toBeNull();
  });
});
