import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import {
  DICTIONARIES,
  type Dictionary,
  type FeatureTexts,
  type TranslationKey,
  type TranslationParams,
} from './dictionaries/dictionaries';
import { FEATURE_TEXTS, type TextFeature } from './dictionaries/feature-dictionaries';
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
  /** Texts of the features loaded so far (see `loadFeature`). */
  private readonly added = signal<Record<Lang, Dictionary>>({ de: {}, en: {} });
  private readonly loading = new Map<TextFeature, Promise<void>>();

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
    const lang = this.current();
    const added = this.added();
    const text: string | undefined =
      DICTIONARIES[lang][key] ?? added[lang][key] ?? DICTIONARIES.de[key] ?? added.de[key];
    return interpolate(text ?? key, params);
  }

  /** Loads the texts of a feature (once); see `featureTexts`. */
  loadFeature(feature: TextFeature): Promise<void> {
    let loading = this.loading.get(feature);
    if (!loading) {
      loading = FEATURE_TEXTS[feature]().then((texts) => this.addTexts(texts));
      // A failed load (offline) may be tried again on the next navigation.
      loading.catch(() => this.loading.delete(feature));
      this.loading.set(feature, loading);
    }
    return loading;
  }

  private addTexts(texts: FeatureTexts): void {
    this.added.update((added) => ({
      de: { ...added.de, ...texts.de },
      en: { ...added.en, ...texts.en },
    }));
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
