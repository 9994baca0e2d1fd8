import { TestBed } from '@angular/core/testing';
import { I18nService } from '@gw/web/shared/i18n';
import { formatPeriod } from './period';
import { PERIOD_TEXTS } from './testing/feature-texts.testing';

describe('formatPeriod', () => {
  function create(): I18nService {
    localStorage.clear();
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18nService);
    i18n.addTexts(PERIOD_TEXTS);
    return i18n;
  }

  it('says a period the way people say it', () => {
    const i18n = create();
    const say = (period: string) => formatPeriod(period, i18n, 'measurements.period');
    expect(say('2026-Q4')).toBe('4. Quartal 2026');
    expect(say('2026-H2')).toBe('2. Halbjahr 2026');
    expect(say('2026-11')).toBe('November 2026');
    expect(say('2026')).toBe('2026');
  });

  it('speaks the UI’s language', () => {
    const i18n = create();
    i18n.setLang('en');
    expect(formatPeriod('2026-Q4', i18n, 'measurements.period')).toBe('Q4 2026');
    expect(formatPeriod('2026-03', i18n, 'measurements.period')).toBe('March 2026');
  });

  it('shows a key it does not know as it is', () => {
    const i18n = create();
    expect(formatPeriod('Sommer 2026', i18n, 'measurements.period')).toBe('Sommer 2026');
  });
});
