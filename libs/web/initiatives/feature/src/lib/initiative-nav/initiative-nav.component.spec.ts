import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '@gw/web/shared/i18n';
import { InitiativeNavComponent } from './initiative-nav.component';
import { type SectionCounts, sectionData } from './initiative-sections';

const counts = signal<SectionCounts>({});
let chosen = 0;

@Component({
  selector: 'gw-host',
  imports: [InitiativeNavComponent],
  template: '<gw-initiative-nav [counts]="counts()" (navigated)="choose()" />',
})
class HostComponent {
  protected readonly counts = counts;
  protected choose(): void {
    chosen += 1;
  }
}

@Component({ selector: 'gw-section', template: '' })
class SectionComponent {}

async function render(): Promise<{ root: HTMLElement; detect: () => Promise<void> }> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        {
          path: 'initiatives/:initiativeId',
          component: HostComponent,
          children: [
            { path: '', data: sectionData('overview'), component: SectionComponent },
            { path: 'phases', data: sectionData('phases'), component: SectionComponent },
            { path: 'reports', data: sectionData('reports'), component: SectionComponent },
          ],
        },
      ]),
    ],
  });
  const harness = await RouterTestingHarness.create('/initiatives/i1');
  const detect = async () => {
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
  };
  return { root: harness.fixture.nativeElement as HTMLElement, detect };
}

const link = (root: HTMLElement, label: string) =>
  Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.includes(label))!;

describe('InitiativeNavComponent', () => {
  it('shows a count beside a section where something waits, with a text for screen readers', async () => {
    counts.set({ phases: 3, reports: 0 });
    const { root, detect } = await render();

    const phases = link(root, 'Phasen');
    expect(phases.querySelector('.count [aria-hidden="true"]')?.textContent?.trim()).toBe('3');
    expect(phases.querySelector('.count .visually-hidden')?.textContent?.trim()).toBe(', 3 offen');
    // Nothing waiting, no badge: neither a zero nor a section without a count shows one.
    expect(link(root, 'Berichte').querySelector('.count')).toBeNull();
    expect(link(root, 'Überblick').querySelector('.count')).toBeNull();

    counts.set({ reports: 1 });
    TestBed.inject(I18nService).setLang('en');
    await detect();
    expect(link(root, 'Phases').querySelector('.count')).toBeNull();
    expect(link(root, 'Reports').querySelector('.count')?.textContent).toContain('1 open');
  });

  it('tells the shell when a section was chosen, and marks it current', async () => {
    counts.set({});
    chosen = 0;
    const { root, detect } = await render();
    expect(link(root, 'Überblick').getAttribute('aria-current')).toBe('page');
    link(root, 'Phasen').click();
    await detect();
    expect(chosen).toBe(1);
    expect(link(root, 'Phasen').getAttribute('aria-current')).toBe('page');
    expect(link(root, 'Überblick').getAttribute('aria-current')).toBeNull();
  });
});
