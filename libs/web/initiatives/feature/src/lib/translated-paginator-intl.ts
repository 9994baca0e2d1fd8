import { Injectable, effect, inject, untracked } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '@gw/web/shared/i18n';

/** Material's paginator in the UI's language, updated when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      untracked(() => this.translate());
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.i18n.t('paginator.empty', { total: length });
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return this.i18n.t('paginator.range', { start: start + 1, end, total: length });
  };

  private translate(): void {
    this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
    this.nextPageLabel = this.i18n.t('paginator.next');
    this.previousPageLabel = this.i18n.t('paginator.previous');
    this.firstPageLabel = this.i18n.t('paginator.first');
    this.lastPageLabel = this.i18n.t('paginator.last');
    this.changes.next();
  }
}
