import type { Phase, Role, TargetGroup } from '@gw/shared/contracts';
import type { TranslationKey } from './dictionaries/dictionaries';

/** Keys of the domain's words, typed: `{{ roleKey(member.role) | t }}`. */
export const roleKey = (role: Role): TranslationKey => `role.${role}`;
export const roleDescriptionKey = (role: Role): TranslationKey => `role.${role}.description`;
export const phaseKey = (phase: Phase): TranslationKey => `phase.${phase}`;
export const targetGroupKey = (group: TargetGroup): TranslationKey => `targetGroup.${group}`;
