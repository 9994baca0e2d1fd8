export { LANGS, type Lang } from './lib/lang';
export { type TranslationKey, type TranslationParams } from './lib/dictionaries/dictionaries';
export { I18nService } from './lib/i18n.service';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe } from './lib/local-date.pipe';
export { FieldErrorPipe, type ServerFieldError } from './lib/field-error.pipe';
export { roleKey, roleDescriptionKey, phaseKey, targetGroupKey } from './lib/domain-keys';
