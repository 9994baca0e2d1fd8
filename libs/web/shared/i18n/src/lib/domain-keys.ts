import type {
  ActorArea,
  ActorKind,
  BodyType,
  Phase,
  PredefinedStepKey,
  Role,
  StepStatus,
  TargetGroup,
  TransitionStatus,
} from '@gw/shared/contracts';
import type { TranslationKey } from './dictionaries/dictionaries';

/** Keys of the domain's words, typed: `{{ roleKey(member.role) | t }}`. */
export const roleKey = (role: Role): TranslationKey => `role.${role}`;
export const roleDescriptionKey = (role: Role): TranslationKey => `role.${role}.description`;
export const phaseKey = (phase: Phase): TranslationKey => `phase.${phase}`;
export const targetGroupKey = (group: TargetGroup): TranslationKey => `targetGroup.${group}`;
export const stepKey = (key: PredefinedStepKey): TranslationKey => `step.${key}`;
export const stepStatusKey = (status: StepStatus): TranslationKey => `stepStatus.${status}`;
export const transitionStatusKey = (status: TransitionStatus): TranslationKey =>
  `transitionStatus.${status}`;
export const actorAreaKey = (area: ActorArea): TranslationKey => `actorArea.${area}`;
export const actorKindKey = (kind: ActorKind): TranslationKey => `actorKind.${kind}`;
export const bodyTypeKey = (type: BodyType): TranslationKey => `bodyType.${type}`;
