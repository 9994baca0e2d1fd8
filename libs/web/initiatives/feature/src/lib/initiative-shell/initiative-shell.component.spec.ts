import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Initiative, TodoItem } from '@gw/shared/contracts';
import { sectionData } from '../initiative-nav/initiative-sections';
import { InitiativeShellComponent } from './initiative-shell.component';

@Component({ selector: 'gw-section', template: '' })
class SectionComponent {}

let harness: RouterTestingHarness;

async function openShell(url: string): Promise<HTMLElement> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          {
            path: 'initiatives/:initiativeId',
            component: InitiativeShellComponent,
            children: [
              // Out of the groups' order on purpose: the groups decide where a section appears.
              { path: 'members', data: sectionData('members'), component: SectionComponent },
              { path: '', data: sectionData('overview'), component: SectionComponent },
              { path: 'hidden', component: SectionComponent },
              {
                path: 'action-plan/baselines',
                data: sectionData('baselines'),
                component: SectionComponent,
              },
              { path: 'action-plan', data: sectionData('actionPlan'), component: SectionComponent },
              { path: 'agreement', data: sectionData('agreement'), component: SectionComponent },
            ],
          },
        ],
        withComponentInputBinding(),
      ),
    ],
  });
  harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  TestBed.inject(HttpTestingController)
    .expectOne('/api/v1/initiatives/i1')
    .flush({
      id: 'i1',
      name: 'Jugendpakt',
      region: { municipality: 'Auenstadt', districts: [] },
      phase: 'initiierung',
      myRole: 'observer',
    } as Initiative);
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
  return harness.fixture.nativeElement as HTMLElement;
}

const texts = (elements: Iterable<Element>) =>
  Array.from(elements, (element) => element.textContent?.trim());

describe('InitiativeShellComponent', () => {
  it('lists every section that names one, in its group, and marks the current one', async () => {
    const root = await openShell('/initiatives/i1/action-plan/baselines');
    const nav = root.querySelector('nav, [role="navigation"]')!;
    expect(nav.getAttribute('aria-label')).toBe('Bereiche der Initiative');
    const groups = Array.from(nav.querySelectorAll('[role="group"]')).map((group) => [
      root.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent?.trim(),
      Array.from(group.querySelectorAll('a'), (a) => [
        a.textContent?.trim(),
        a.getAttribute('href'),
      ]),
    ]);
    expect(groups).toEqual([
      [
        'Die Initiative',
        [
          ['Überblick', '/initiatives/i1'],
          ['Mitglieder', '/initiatives/i1/members'],
        ],
      ],
      ['Initiierung', [['Kooperationsvereinbarung', '/initiatives/i1/agreement']]],
      [
        'Gestaltung',
        [
          ['Aktionsplan', '/initiatives/i1/action-plan'],
          ['Basislinien', '/initiatives/i1/action-plan/baselines'],
        ],
      ],
    ]);
    // The baselines lie under the action plan's path, yet only their own link is current.
    expect(texts(nav.querySelectorAll('[aria-current="page"]'))).toEqual(['Basislinien']);
  });

  it('marks the overview only on the initiative itself', async () => {
    const root = await openShell('/initiatives/i1');
    expect(texts(root.querySelectorAll('[aria-current="page"]'))).toEqual(['Überblick']);
    expect(root.querySelector('h1')?.textContent).toContain('Jugendpakt');
  });

  it('counts what waits for the user beside the section where it is done', async () => {
    const root = await openShell('/initiatives/i1/members');
    const todo = (section: TodoItem['section']) => ({ section }) as TodoItem;
    TestBed.inject(HttpTestingController)
      .match('/api/v1/initiatives/i1/todos')
      .forEach((request) =>
        request.flush({
          items: [todo('agreement'), todo('agreement'), todo('action-plan')],
          total: 3,
        }),
      );
    await new Promise((resolve) => setTimeout(resolve));
    harness.fixture.detectChanges();
    const link = (name: string) =>
      Array.from(root.querySelectorAll('nav a, [role="navigation"] a')).find((a) =>
        a.textContent?.includes(name),
      );
    expect(link('Kooperationsvereinbarung')?.textContent).toContain('2 offen');
    expect(link('Aktionsplan')?.textContent).toContain('1 offen');
    expect(link('Mitglieder')?.textContent).not.toContain('offen');
  });
});
