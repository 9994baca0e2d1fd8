import type {
  CollectionFrequency,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorVisibility,
} from '@gw/shared/contracts';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** Keys of the indicators' words, typed: `{{ categoryKey(indicator.category) | t }}`. */
export const categoryKey = (category: IndicatorCategory): TranslationKey =>
  `indicators.category.${category}`;
export const directionKey = (direction: IndicatorDirection): TranslationKey =>
  `indicators.direction.${direction}`;
export const frequencyKey = (frequency: CollectionFrequency): TranslationKey =>
  `indicators.frequency.${frequency}`;
export const visibilityKey = (visibility: IndicatorVisibility): TranslationKey =>
  `indicators.visibility.${visibility}`;
export const visibilityHintKey = (visibility: IndicatorVisibility): TranslationKey =>
  `indicators.visibility.${visibility}.hint`;
