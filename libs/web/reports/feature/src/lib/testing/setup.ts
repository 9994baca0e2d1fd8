import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import type { Initiative, Role } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { ReportActions } from '../report-actions';
import { reportReview } from '../report-review.i18n';
import { reports } from '../reports.i18n';

/**
 * The trend charts wait for the viewport (`@defer (on viewport)`), which jsdom lacks: here it
 * never comes, so the charts stay placeholders and the tables with the same numbers are tested.
 */
class NoViewport {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds: readonly number[] = [];
  observe(): void {
    // Nothing scrolls into view in jsdom.
  }
  unobserve(): void {
    // As above.
  }
  disconnect(): void {
    // As above.
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
globalThis.IntersectionObserver ??= NoViewport;

export const initiative = (role: Role): Initiative => ({
  id: 'i1',
  name: 'Jugendpakt Lindenfeld',
  description: '',
  targetGroups: [],
  customTargetGroups: [],
  region: { municipality: 'Lindenfeld', districts: [] },
  owner: null,
  phase: 'umsetzung',
  approvalQuorum: 'majority',
  suppressionThreshold: 5,
  version: 7,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
  myRole: role,
});

export const settle = async (fixture?: { whenStable(): Promise<unknown> }) => {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture?.whenStable();
};

/**
 * A TestBed as the reports' routes give it: the texts loaded, the signed-in user, every
 * confirmation answered with `answer` (and recorded), and, with a role, the initiative loaded.
 */
export async function setUp(role: Role | null, userId = 'u-katrin', answer = true) {
  localStorage.clear();
  const confirmations: { title: string; text: string }[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      ReportActions,
      { provide: AuthStore, useValue: { user: signal({ id: userId }) } },
      {
        provide: MatDialog,
        useValue: {
          open: (_: unknown, config: { data: { title: string; text: string } }) => {
            confirmations.push(config.data);
            return { afterClosed: () => of(answer) };
          },
        },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts(reports, reportReview);
  const backend = TestBed.inject(HttpTestingController);
  if (role) {
    const loading = TestBed.inject(InitiativesStore).load('i1');
    backend.expectOne('/api/v1/initiatives/i1').flush(initiative(role));
    await loading;
  }
  return { backend, confirmations };
}

/** The buttons and texts of a rendered component. */
export function query(root: HTMLElement) {
  return {
    button: (name: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name),
    text: () => root.textContent?.replace(/\s+/g, ' ') ?? '',
  };
}
