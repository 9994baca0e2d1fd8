import type { Step } from '@gw/shared/contracts';
import { type I18nService, stepKey } from '@gw/web/shared/i18n';

/** A predefined step by its translated name, a custom one by the title coordination gave it. */
export function stepLabel(step: Step, i18n: I18nService): string {
  return step.key ? i18n.t(stepKey(step.key)) : (step.title ?? '');
}
