import { HttpErrorResponse } from '@angular/common/http';
import { type Signal, computed } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import {
  type FieldError,
  PROBLEM_TYPES,
  type ProblemDetails,
  type ProblemType,
} from '@gw/shared/contracts';
import type { ServerFieldError, TranslationKey, TranslationParams } from '@gw/web/shared/i18n';

/** A problem as the UI sees it; `status` 0 means the server was not reached. */
export interface Problem extends ProblemDetails {
  /** Seconds from a 429's Retry-After header. */
  retryAfter?: number;
}

/** A message to show, kept as key and parameters so that it follows a switch of language. */
export interface ProblemMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

const NETWORK_TYPE = 'about:network-error';

export function toProblem(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return { type: NETWORK_TYPE, title: 'Network error', status: 0, detail: error.message };
    }
    const body: unknown = error.error;
    const problem: Problem = isProblemBody(body)
      ? { ...body, status: error.status }
      : { type: 'about:blank', title: error.statusText, status: error.status, detail: '' };
    const retryAfter = Number(error.headers.get('Retry-After'));
    if (Number.isFinite(retryAfter) && retryAfter > 0) problem.retryAfter = retryAfter;
    return problem;
  }
  return { type: 'about:blank', title: 'Error', status: -1, detail: String(error) };
}

export function isProblemType(error: unknown, type: ProblemType): boolean {
  return toProblem(error).type === type;
}

const BY_TYPE: Record<ProblemType, TranslationKey> = {
  [PROBLEM_TYPES.validation]: 'error.validation',
  [PROBLEM_TYPES.badRequest]: 'error.badRequest',
  [PROBLEM_TYPES.unauthorized]: 'error.unauthorized',
  [PROBLEM_TYPES.forbidden]: 'error.forbidden',
  [PROBLEM_TYPES.notFound]: 'error.notFound',
  [PROBLEM_TYPES.conflict]: 'error.conflict',
  [PROBLEM_TYPES.staleVersion]: 'error.staleVersion',
  [PROBLEM_TYPES.emailTaken]: 'error.emailTaken',
  [PROBLEM_TYPES.lastCoordinator]: 'error.lastCoordinator',
  [PROBLEM_TYPES.alreadyMember]: 'error.alreadyMember',
  [PROBLEM_TYPES.invitationExpired]: 'error.invitationExpired',
  [PROBLEM_TYPES.invitationUsed]: 'error.invitationUsed',
  [PROBLEM_TYPES.invitationRevoked]: 'error.invitationRevoked',
  [PROBLEM_TYPES.invitationForeign]: 'error.invitationForeign',
  [PROBLEM_TYPES.tooManyAttempts]: 'error.tooManyAttempts',
  [PROBLEM_TYPES.payloadTooLarge]: 'error.payloadTooLarge',
  [PROBLEM_TYPES.unsupportedMediaType]: 'error.unsupportedMediaType',
  [PROBLEM_TYPES.phasePrecondition]: 'error.phasePrecondition',
  [PROBLEM_TYPES.noSignatories]: 'error.noSignatories',
  [PROBLEM_TYPES.noApprovers]: 'error.noApprovers',
  [PROBLEM_TYPES.alreadyDecided]: 'error.alreadyDecided',
  [PROBLEM_TYPES.duplicateName]: 'error.duplicateName',
  [PROBLEM_TYPES.transitionPending]: 'error.transitionPending',
  [PROBLEM_TYPES.frozenVersion]: 'error.frozenVersion',
  [PROBLEM_TYPES.phaseFinished]: 'error.phaseFinished',
  [PROBLEM_TYPES.invalidState]: 'error.invalidState',
  [PROBLEM_TYPES.alreadySigned]: 'error.alreadySigned',
  [PROBLEM_TYPES.notRepresentative]: 'error.notRepresentative',
  [PROBLEM_TYPES.importInvalid]: 'error.importInvalid',
  [PROBLEM_TYPES.inUse]: 'error.inUse',
  [PROBLEM_TYPES.internal]: 'error.internal',
  [PROBLEM_TYPES.unavailable]: 'error.unavailable',
};

const BY_STATUS: Record<number, TranslationKey> = {
  0: 'error.network',
  400: 'error.badRequest',
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  413: 'error.payloadTooLarge',
  415: 'error.unsupportedMediaType',
  429: 'error.tooManyAttempts',
  500: 'error.internal',
  502: 'error.unavailable',
  503: 'error.unavailable',
  504: 'error.unavailable',
};

/** A store's error as a message to show, or null: `errorMessage = messageOf(store.error)`. */
export function messageOf(problem: Signal<Problem | null>): Signal<ProblemMessage | null> {
  return computed(() => {
    const current = problem();
    return current ? problemMessage(current) : null;
  });
}

/** The translated message for a problem: by its `type`, else by its status. */
export function problemMessage(problem: Problem): ProblemMessage {
  if (problem.status === 429 && problem.retryAfter) {
    // People read a wait in minutes ("10 Minuten"), not "576 Sekunden"; rounded up.
    const minutes = Math.ceil(problem.retryAfter / 60);
    return minutes === 1
      ? { key: 'error.tooManyAttemptsMinute' }
      : { key: 'error.tooManyAttemptsMinutes', params: { minutes } };
  }
  const byType = (BY_TYPE as Record<string, TranslationKey | undefined>)[problem.type];
  if (byType) return { key: byType };
  return {
    key: BY_STATUS[problem.status] ?? (problem.status >= 500 ? 'error.internal' : 'error.unknown'),
  };
}

/**
 * The API's field messages are English sentences from its validators; this turns the ones it
 * sends into the UI's own translated messages, keeping limits such as "at most 200". A known
 * machine-readable `code` decides before the sentence.
 */
export function serverFieldError(message: string, code?: string): ServerFieldError {
  if (code === 'duplicate') return { key: 'validation.duplicate' };
  if (/too common/i.test(message)) return { key: 'validation.commonPassword' };
  if (/spaces only|one character repeated/i.test(message)) {
    return { key: 'validation.weakPassword' };
  }
  const number = /(\d+)/.exec(message)?.[1];
  if (/should not be empty|must not be empty|is required/i.test(message)) {
    return { key: 'validation.required' };
  }
  if (/e-?mail/i.test(message)) return { key: 'validation.email' };
  if (/shorter than or equal to/i.test(message) && number) {
    return { key: 'validation.maxlength', params: { max: number } };
  }
  if (/longer than or equal to|at least/i.test(message) && number) {
    return { key: 'validation.minlength', params: { min: number } };
  }
  if (/must contain no more than/i.test(message) && number) {
    return { key: 'validation.maxItems', params: { max: number } };
  }
  if (/unique|duplicate/i.test(message)) return { key: 'validation.duplicate' };
  return { key: 'validation.invalid' };
}

/**
 * Puts each field error of a problem on the matching form control (as its `server` error, shown
 * by mat-error) and returns those that match no control. A path such as `region.districts.0`
 * lands on `region.districts` when there is no deeper control.
 */
export function applyProblemToForm(
  form: AbstractControl,
  problem: Problem,
  fieldMap: Record<string, string> = {},
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of problem.errors ?? []) {
    const control = findControl(form, fieldMap[fieldError.field] ?? fieldError.field);
    if (!control) {
      unmatched.push(fieldError);
      continue;
    }
    control.setErrors({
      ...control.errors,
      server: serverFieldError(fieldError.message, fieldError.code),
    });
    control.markAsTouched();
  }
  return unmatched;
}

function findControl(form: AbstractControl, path: string): AbstractControl | null {
  const segments = path.split('.');
  while (segments.length > 0) {
    const control = form.get(segments.join('.'));
    if (control && control !== form) return control;
    segments.pop();
  }
  return null;
}

function isProblemBody(body: unknown): body is ProblemDetails {
  return (
    typeof body === 'object' && body !== null && typeof (body as ProblemDetails).type === 'string'
  );
}
