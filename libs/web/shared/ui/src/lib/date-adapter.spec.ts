import { TestBed } from '@angular/core/testing';
import { I18nService } from '@gw/web/shared/i18n';
import { GwDateAdapter, fromIsoDate, toIsoDate } from './date-adapter';

describe('GwDateAdapter', () => {
  let adapter: GwDateAdapter;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [GwDateAdapter] });
    adapter = TestBed.inject(GwDateAdapter);
    TestBed.tick();
  });

  it('reads a German date as day, month, year', () => {
    expect(toIsoDate(adapter.parse('01.02.2026'))).toBe('2026-02-01');
    expect(toIsoDate(adapter.parse('1.2.26'))).toBe('2026-02-01');
    expect(toIsoDate(adapter.parse('2026-02-01'))).toBe('2026-02-01');
  });

  it('refuses dates that do not exist and leaves an empty field empty', () => {
    expect(adapter.isValid(adapter.parse('31.02.2026')!)).toBe(false);
    expect(adapter.isValid(adapter.parse('morgen')!)).toBe(false);
    expect(adapter.parse('')).toBeNull();
  });

  it('shows dates in the format of the current language', () => {
    const date = new Date(2026, 11, 31);
    expect(adapter.format(date, { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe(
      '31.12.2026',
    );
    TestBed.inject(I18nService).setLang('en');
    TestBed.tick();
    expect(adapter.format(date, { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe(
      '31/12/2026',
    );
  });
});

describe('ISO calendar dates', () => {
  it('converts without shifting the day', () => {
    expect(toIsoDate(fromIsoDate('2026-03-29'))).toBe('2026-03-29');
    expect(fromIsoDate(null)).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});
