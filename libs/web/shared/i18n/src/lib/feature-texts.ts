import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import type { TextFeature } from './dictionaries/feature-dictionaries';
import { I18nService } from './i18n.service';

/** A route guard that lets the route's page appear only once the texts of its feature are there. */
export function featureTexts(feature: TextFeature): CanActivateFn {
  return async () => {
    await inject(I18nService).loadFeature(feature);
    return true;
  };
}
