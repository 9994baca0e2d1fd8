import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VersionDiff } from '@gw/shared/contracts';
import { ArtifactSource } from '@gw/web/artifacts/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { ARTIFACT_WORDING } from '../artifact-wording';
import { AGREEMENT_WORDS, summary } from '../testing/artifact-fixtures';
import { AGREEMENT_TEXTS } from '../testing/kind-texts';
import { VersionDiffComponent } from './version-diff.component';

const DIFF: VersionDiff = {
  from: 1,
  to: 2,
  sections: [
    {
      key: 'preamble',
      title: 'Anlass und Präambel',
      changed: true,
      parts: [
        { type: 'equal', text: 'Die Partner wollen ' },
        { type: 'removed', text: 'gemeinsam' },
        { type: 'added', text: 'verbindlich' },
        { type: 'equal', text: ' handeln.' },
      ],
    },
    {
      key: 'term',
      title: 'Laufzeit',
      changed: false,
      parts: [{ type: 'equal', text: 'Laufzeit\n\nBis 2030.' }],
    },
  ],
};

async function render(selected: number | null = 2) {
  localStorage.clear();
  const diff = jest.fn().mockResolvedValue(DIFF);
  const source: Partial<ArtifactSource> = {
    versions: signal([summary(3, 'draft'), summary(2, 'signing'), summary(1, 'in_force')]),
    selected: signal(selected),
    diff,
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: ArtifactSource, useValue: source },
      { provide: ARTIFACT_WORDING, useValue: AGREEMENT_WORDS },
    ],
  });
  TestBed.inject(I18nService).addTexts(AGREEMENT_TEXTS);
  const fixture = TestBed.createComponent(VersionDiffComponent);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  return { root: fixture.nativeElement as HTMLElement, diff };
}

describe('VersionDiffComponent', () => {
  it('compares the selected version with the one before it', async () => {
    const { diff } = await render();
    expect(diff).toHaveBeenCalledWith(1, 2);
  });

  it('compares the latest version with the one before it when none is selected', async () => {
    const { diff } = await render(null);
    expect(diff).toHaveBeenCalledWith(2, 3);
  });

  it('names the versions in the words of the kind', async () => {
    const { root } = await render();
    expect(root.querySelector('h2')?.textContent).toBe('Fassungen vergleichen');
    expect(root.textContent).toContain('Ältere Fassung');
  });

  it('marks additions and removals in the text, also for screen readers', async () => {
    const { root } = await render();
    const section = root.querySelector('section.section')!;
    const ins = section.querySelector('ins')!;
    const del = section.querySelector('del')!;
    expect(ins.textContent).toBe('[eingefügt: verbindlich ]');
    expect(del.textContent).toBe('[entfernt: gemeinsam ]');
    expect(ins.querySelector('.visually-hidden')).not.toBeNull();
    expect(section.querySelector('.text')!.textContent).toContain('Die Partner wollen ');
    expect(root.querySelector('.legend ins')?.textContent).toBe('eingefügt');
    expect(root.querySelector('.legend del')?.textContent).toBe('entfernt');
    expect(root.textContent).toContain('1 von 2 Abschnitten geändert');
  });

  it('collapses sections without changes', async () => {
    const { root } = await render();
    const unchanged = root.querySelector<HTMLDetailsElement>('details.unchanged')!;
    expect(unchanged.open).toBe(false);
    expect(unchanged.querySelector('summary')!.textContent).toContain('Laufzeit');
    expect(unchanged.querySelector('summary')!.textContent).toContain('unverändert');
    expect(unchanged.querySelector('ins, del')).toBeNull();
  });
});
