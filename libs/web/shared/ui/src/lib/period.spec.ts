import { TestBed } from '@angular/core/testing';
import { I18nService } from '@gw/web/shared/i18n';
import { formatPeriod } from './period';

describe('formatPeriod', () => {
  async function create(): Promise<I18nService> {
    localStorage.clear();
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18nService);
    await i18n.loadFeature('measurements');
    return i18n;
  }

  it('says a period the way people say it', async () => {
    const i18n = await create();
    const say = (period: string) => formatPeriod(period, i18n, 'measurements.period');
    expect(say('2026-Q4')).toBe('4. Quartal 2026');
    expect(say('2026-H2')).toBe('2. Halbjahr 2026');
    expect(say('2026-11')).toBe('November 2026');
    expect(say('2026')).toBe('2026');
  });

  it('speaks the UI’s language', async () => {
    const i18n = await create();
    i18n.setLang('en');
    expect(formatPeriod('2026-Q4', i18n, 'measurements.period')).toBe('Q4 2026');
    expect(formatPeriod('2026-03', i18n, 'measurements.period')).toBe('March 2026');
  });

  it('shows a key it does not know as it is', async () => {
    const i18n = await create();
    expect(formatPeriod('Sommer 2026', i18n, 'measurements.period')).toBe('Sommer 2026');
  });
});
