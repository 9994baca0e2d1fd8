import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import {
  DICTIONARIES,
  type TranslationKey,
  type TranslationParams,
} from './dictionaries/dictionaries';
import type { FeatureTexts } from './feature-dictionaries';
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
  /** Texts of the features loaded so far (see `addTexts`). */
  private readonly added = signal<FeatureTexts>({ de: {}, en: {} });
  private readonly known = new WeakSet<FeatureTexts>();

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
    return interpolate(text ?? key, params, lang);
  }

  /**
   * Adds the texts of features, each once (`featureTexts` offers them on every navigation to its
   * route); until then their keys show as themselves.
   */
  addTexts(...dictionaries: FeatureTexts[]): void {
    const fresh = dictionaries.filter((texts) => !this.known.has(texts));
    if (fresh.length === 0) return;
    fresh.forEach((texts) => this.known.add(texts));
    this.added.update((added) => ({
      de: Object.assign({}, added.de, ...fresh.map((texts) => texts.de)),
      en: Object.assign({}, added.en, ...fresh.map((texts) => texts.en)),
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

/**
 * `{count, plural, one {# Partner} other {# Partnern}}`: the branch the language's plural rules
 * pick for the number `count`, with `#` standing for it; the ICU syntax cut down to what the
 * texts need (one and other, no nesting). Then the plain `{name}` placeholders.
 */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

function interpolate(text: string, params: TranslationParams | undefined, lang: Lang): string {
  if (!params) return text;
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return text
    .replace(PLURAL, (placeholder, name: string, one: string, other: string) => {
      if (!(name in params)) return placeholder;
      const count = Number(params[name]);
      return (rules.select(count) === 'one' ? one : other).replace(/#/g, String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
}
