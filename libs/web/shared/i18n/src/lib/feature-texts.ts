import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import type { FeatureTexts } from './feature-dictionaries';
import { I18nService } from './i18n.service';

/**
 * A route guard that lets the route's page appear only once the texts of its feature are there.
 * `load` imports the feature's dictionary lazily, so that its texts travel with the route's chunk:
 * `featureTexts(() => import('./reports.i18n').then((m) => m.reports))`.
 */
export function featureTexts(load: () => Promise<FeatureTexts>): CanActivateFn {
  return async () => {
    const i18n = inject(I18nService);
    i18n.addTexts(await load());
    return true;
  };
}
