import { Injectable, type Provider, effect, inject } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  type MatDateFormats,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@gw/web/shared/i18n';
import { GwDatepickerIntl } from './datepicker-intl';

/** Day, month, year as people type them: 31.12.2026, 31/12/2026, 31-12-2026 or 2026-12-31. */
const DAY_MONTH_YEAR = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * Material's native date adapter, in the UI's language, reading dates the way Germans (and the
 * British) write them: the browser's `Date.parse` would take 01.02.2026 for the 2nd of January.
 */
@Injectable()
export class GwDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => this.setLocale(this.i18n.locale()));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    if (value.trim() === '') return null;
    const iso = ISO_DATE.exec(value);
    if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const match = DAY_MONTH_YEAR.exec(value);
    if (!match) return this.invalid();
    const [, day, month, yearText = ''] = match;
    const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0);
    return calendarDate(year, Number(month), Number(day)) ?? this.invalid();
  }
}

function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  const exists =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : null;
}

/** A calendar date as the API reads it: YYYY-MM-DD, in local time (no shift across midnight). */
export function toIsoDate(date: Date | null): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The API's YYYY-MM-DD as a local date for the datepicker. */
export function fromIsoDate(value: string | null): Date | null {
  const iso = value ? ISO_DATE.exec(value) : null;
  return iso ? calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** Dates in fields as the hint says: 05.03.2026 (05/03/2026 in English). */
const DATE_FORMATS: MatDateFormats = {
  ...MAT_NATIVE_DATE_FORMATS,
  display: {
    ...MAT_NATIVE_DATE_FORMATS.display,
    dateInput: { day: '2-digit', month: '2-digit', year: 'numeric' },
  },
};

/**
 * Datepickers in the UI's language: dates, formats and the labels screen readers announce.
 * Provided once by each route that uses one (not in the app config: that would put the datepicker
 * into the first download of every page, the login page too).
 */
export function provideDateAdapter(): Provider[] {
  return [
    { provide: DateAdapter, useClass: GwDateAdapter },
    { provide: MatDatepickerIntl, useClass: GwDatepickerIntl },
    { provide: MAT_DATE_FORMATS, useValue: DATE_FORMATS },
  ];
}
