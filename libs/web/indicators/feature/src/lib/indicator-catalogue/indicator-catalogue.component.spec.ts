import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { indicator, loadStore } from '../testing/load-store';
import { IndicatorCatalogueComponent } from './indicator-catalogue.component';
import { collectionPlan } from '../collection-plan.i18n';
import { indicators } from '../indicators.i18n';

async function render(isCoordination: boolean) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: InitiativesStore, useValue: { isCoordination: signal(isCoordination) } },
    ],
  });
  TestBed.inject(I18nService).addTexts(indicators, collectionPlan);
  await loadStore([
    indicator({
      id: 'both',
      name: 'Zufriedenheit mit der Beratung',
      goalIds: ['g2', 'g1'],
      unit: '%',
      baseline: { value: 71.5, date: '2025-07-31' },
      targets: [{ id: 't1', value: 80, date: '2099-07-31' }],
      responsibleActorId: 'a1',
    }),
    indicator({ id: 'none', name: 'Teilnehmende' }),
    indicator({ id: 'one', name: 'Praktikumsplätze', goalIds: ['g2'] }),
  ]);
  const fixture = TestBed.createComponent(IndicatorCatalogueComponent);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('IndicatorCatalogueComponent', () => {
  it('groups the indicators by goal, one serving two goals under both, those without last', async () => {
    const root = await render(true);
    const groups = Array.from(root.querySelectorAll('section.group')).map((group) => ({
      title: group.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
      names: Array.from(group.querySelectorAll('h3')).map((h) => h.textContent?.trim()),
    }));
    expect(groups).toEqual([
      { title: 'Ziel Übergänge begleiten', names: ['Zufriedenheit mit der Beratung'] },
      {
        title: 'Ziel Angebote bündeln',
        names: ['Praktikumsplätze', 'Zufriedenheit mit der Beratung'],
      },
      { title: 'Ohne Ziel', names: ['Teilnehmende'] },
    ]);
  });

  it('shows baseline, next target and the responsible actor in the UI’s words', async () => {
    const root = await render(true);
    const card = root.querySelector('gw-indicator-card')!;
    expect(card.textContent).toContain('71,5 %');
    expect(card.textContent).toContain('Stand 31. Juli 2025');
    expect(card.textContent).toContain('80 % bis 31. Juli 2099');
    expect(card.textContent).toContain('Jobcenter Lindenfeld');
    expect(card.textContent).toContain('Wie viel haben wir getan?');
  });

  it('lets the coordination office define and edit indicators', async () => {
    const coordination = await render(true);
    expect(coordination.textContent).toContain('Indikator anlegen');
    expect(coordination.querySelector('[aria-label="„Teilnehmende“ bearbeiten"]')).not.toBeNull();
  });

  it('shows everyone else the catalogue read-only', async () => {
    const observer = await render(false);
    expect(observer.textContent).not.toContain('Indikator anlegen');
    expect(observer.querySelector('[aria-label="„Teilnehmende“ bearbeiten"]')).toBeNull();
    expect(observer.textContent).toContain(
      'Nur die Koordinationsstelle kann Indikatoren bearbeiten.',
    );
  });
});
