import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import {
  DICTIONARIES,
  type TranslationKey,
  type TranslationParams,
} from './dictionaries/dictionaries';
import { LANGS, LOCALES, type Lang, isLang } from './lang';

export const LANG_STORAGE_KEY = 'gw.lang';

export type DateStyle = 'date' | 'dateTime';

const DATE_FORMATS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/**
 * The UI's language as a signal. German unless the user chose English before (remembered in
 * localStorage). Everything that reads `t()` in a template re-renders when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(readStoredLang());

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => LOCALES[this.current()]);
  readonly langs = LANGS;

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  setLang(lang: Lang): void {
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Private mode or storage disabled: the choice then lasts for this page only.
    }
  }

  /** The text for `key` in the current language, German when missing, the key as last resort. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text: string | undefined = DICTIONARIES[this.current()][key] ?? DICTIONARIES.de[key];
    return interpolate(text ?? key, params);
  }

  formatDate(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    if (value === null || value === undefined || value === '') return '';
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(this.locale(), DATE_FORMATS[style]).format(date);
  }
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : LANGS[0];
  } catch {
    return LANGS[0];
  }
}

function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
