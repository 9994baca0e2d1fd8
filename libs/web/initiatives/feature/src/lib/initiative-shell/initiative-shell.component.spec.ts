import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Initiative } from '@gw/shared/contracts';
import { InitiativeShellComponent } from './initiative-shell.component';

@Component({ selector: 'gw-section', template: '' })
class SectionComponent {}

describe('InitiativeShellComponent', () => {
  it('has a tab for every section that names one, in route order, and shows the active one', async () => {
    localStorage.clear();
    // jsdom lays nothing out; the shell scrolls the active tab into sight on narrow screens.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
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
                {
                  path: '',
                  data: { tab: 'initiatives.nav.overview' },
                  component: SectionComponent,
                },
                {
                  path: 'actors',
                  data: { tab: 'initiatives.nav.actors' },
                  component: SectionComponent,
                },
                { path: 'hidden', component: SectionComponent },
                {
                  path: 'agreement',
                  data: { tab: 'initiatives.nav.agreement' },
                  component: SectionComponent,
                },
              ],
            },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/initiatives/i1/actors');
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
    const root = harness.fixture.nativeElement as HTMLElement;
    const tabs = Array.from(root.querySelectorAll('nav a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
      a.classList.contains('mdc-tab--active'),
    ]);
    expect(tabs).toEqual([
      ['Überblick', '/initiatives/i1', false],
      ['Akteure', '/initiatives/i1/actors', true],
      ['Kooperationsvereinbarung', '/initiatives/i1/agreement', false],
    ]);
    expect(scrolled.map((tab) => tab.textContent?.trim())).toEqual(['Akteure']);
  });
});
