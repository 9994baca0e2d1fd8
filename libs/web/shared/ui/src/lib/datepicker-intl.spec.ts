import { TestBed } from '@angular/core/testing';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@gw/web/shared/i18n';
import { provideDateAdapter } from './date-adapter';

describe('GwDatepickerIntl', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideDateAdapter()] });
  });

  it('announces the datepicker in German, and in English once the user switches', () => {
    const intl = TestBed.inject(MatDatepickerIntl);
    TestBed.tick();
    expect(intl.openCalendarLabel).toBe('Kalender öffnen');
    expect(intl.nextMonthLabel).toBe('Nächster Monat');
    expect(intl.formatYearRangeLabel('2024', '2047')).toBe('2024 bis 2047');

    const changed = jest.fn();
    intl.changes.subscribe(changed);
    TestBed.inject(I18nService).setLang('en');
    TestBed.tick();
    expect(intl.openCalendarLabel).toBe('Open calendar');
    expect(changed).toHaveBeenCalled();
  });
});
