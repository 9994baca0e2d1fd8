import { Injectable, effect, inject, untracked } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService, type TranslationKey } from '@gw/web/shared/i18n';

/**
 * The datepicker's labels for screen readers ("Kalender öffnen", "Nächster Monat" …) in the UI's
 * language; Material has only English ones. Updated when the language changes.
 */
@Injectable()
export class GwDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      untracked(() => this.translate());
    });
  }

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.i18n.t('datepicker.yearRange', { start, end });
  }

  private translate(): void {
    const t = (key: TranslationKey) => this.i18n.t(key);
    this.calendarLabel = t('datepicker.calendar');
    this.openCalendarLabel = t('datepicker.open');
    this.closeCalendarLabel = t('datepicker.close');
    this.prevMonthLabel = t('datepicker.prevMonth');
    this.nextMonthLabel = t('datepicker.nextMonth');
    this.prevYearLabel = t('datepicker.prevYear');
    this.nextYearLabel = t('datepicker.nextYear');
    this.prevMultiYearLabel = t('datepicker.prevYears');
    this.nextMultiYearLabel = t('datepicker.nextYears');
    this.switchToMonthViewLabel = t('datepicker.chooseDate');
    this.switchToMultiYearViewLabel = t('datepicker.chooseMonthYear');
    this.startDateLabel = t('datepicker.startDate');
    this.endDateLabel = t('datepicker.endDate');
    this.comparisonDateLabel = t('datepicker.comparison');
    this.changes.next();
  }
}
