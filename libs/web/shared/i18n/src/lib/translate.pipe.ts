import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { TranslationKey, TranslationParams } from './dictionaries/dictionaries';
import { I18nService } from './i18n.service';

/**
 * `{{ 'members.title' | t }}`. Impure on purpose: it reads the language signal, so a switch of
 * language re-renders every text; the lookup is a property access and cheap.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
