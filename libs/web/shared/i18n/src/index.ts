export { LANGS, type Lang } from './lib/lang';
export { type TranslationKey, type TranslationParams } from './lib/dictionaries/dictionaries';
export { translations } from './lib/dictionaries/translations';
export { keyedNames } from './lib/dictionaries/keyed-names';
export {
  type FeatureDictionaries,
  type FeatureKey,
  type FeatureTexts,
} from './lib/feature-dictionaries';
export { featureTexts } from './lib/feature-texts';
export { I18nService } from './lib/i18n.service';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe } from './lib/local-date.pipe';
export { FieldErrorPipe, type ServerFieldError } from './lib/field-error.pipe';
export {
  roleKey,
  roleDescriptionKey,
  phaseKey,
  targetGroupKey,
  stepKey,
  stepStatusKey,
  transitionStatusKey,
  actorAreaKey,
  actorKindKey,
  bodyTypeKey,
} from './lib/domain-keys';
