import { Injectable, effect, inject, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService, type TranslationKey } from '@gw/web/shared/i18n';

/** Route titles are translation keys; the tab reads "<page> – Gemeinsam Wirken". */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private key: TranslationKey | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      untracked(() => this.apply());
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot) as TranslationKey | undefined;
    this.apply();
  }

  private apply(): void {
    const app = this.i18n.t('app.name');
    this.title.setTitle(this.key ? `${this.i18n.t(this.key)} – ${app}` : app);
  }
}
