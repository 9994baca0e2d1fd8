import { TestBed } from '@angular/core/testing';
import type { TranslationKey } from './dictionaries/dictionaries';
import { translations } from './dictionaries/translations';
import { featureTexts } from './feature-texts';
import { I18nService, LANG_STORAGE_KEY } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): I18nService {
    TestBed.resetTestingModule();
    return TestBed.inject(I18nService);
  }

  it('speaks German by default and marks the page as German', () => {
    const i18n = create();
    expect(i18n.lang()).toBe('de');
    expect(i18n.t('app.logout')).toBe('Abmelden');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches to English, sets <html lang> and remembers the choice across a reload', () => {
    const i18n = create();
    i18n.setLang('en');
    expect(i18n.t('app.logout')).toBe('Log out');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    const afterReload = create();
    expect(afterReload.lang()).toBe('en');
    expect(afterReload.t('initiatives.nav.members')).toBe('Members');
  });

  it('falls back to German when the stored language is unknown', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    const i18n = create();
    expect(i18n.lang()).toBe('de');
    expect(i18n.t('initiatives.nav.members')).toBe('Mitglieder');
  });

  it('shows the key itself rather than nothing when a text is missing at runtime', () => {
    const i18n = create();
    expect(i18n.t('no.such.key' as never)).toBe('no.such.key');
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    const i18n = create();
    expect(i18n.t('action.removeItem', { item: 'Nord' })).toBe('Nord entfernen');
    expect(i18n.t('action.removeItem')).toBe('{item} entfernen');
  });

  it('agrees counts in number, one and other, in both languages', () => {
    const i18n = create();
    const progress = (done: number, total: number) =>
      i18n.t('phase.stepper.progress', { done, total });
    expect(progress(0, 1)).toBe('0 von 1 Schritt erledigt');
    expect(progress(1, 4)).toBe('1 von 4 Schritten erledigt');
    i18n.setLang('en');
    expect(progress(1, 1)).toBe('1 of 1 step done');
    expect(progress(2, 4)).toBe('2 of 4 steps done');
    // A text without the count keeps its plural form visible rather than guessing.
    expect(i18n.t('phase.stepper.progress', { done: 0 })).toContain('{total, plural,');
  });

  it('formats dates in the style of the current language', () => {
    const i18n = create();
    const date = '2026-03-05T12:00:00Z';
    expect(i18n.formatDate(date)).toBe('5. März 2026');
    i18n.setLang('en');
    expect(i18n.formatDate(date)).toBe('5 March 2026');
    expect(i18n.formatDate(null)).toBe('');
  });
});

describe('I18nService with the texts of a lazy feature', () => {
  beforeEach(() => localStorage.clear());

  // A feature's dictionary as it lives in its library; shared/i18n does not know the features.
  const actors = translations({
    de: { 'actors.title': 'Akteure' },
    en: { 'actors.title': 'Actors' },
  });
  const key = 'actors.title' as TranslationKey;

  it('knows the texts of a feature once they are added, in both languages', () => {
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t(key)).toBe('actors.title');
    i18n.addTexts(actors);
    expect(i18n.t(key)).toBe('Akteure');
    i18n.setLang('en');
    expect(i18n.t(key)).toBe('Actors');
  });

  it('loads a feature’s texts with its route', async () => {
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18nService);
    const guard = featureTexts(() => Promise.resolve(actors));
    const run = () =>
      TestBed.runInInjectionContext(() => guard({} as never, {} as never) as Promise<boolean>);
    expect(i18n.t(key)).toBe('actors.title');
    await expect(run()).resolves.toBe(true);
    expect(i18n.t(key)).toBe('Akteure');
  });
});
