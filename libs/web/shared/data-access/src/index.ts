export { API_BASE, initiativeUrl } from './lib/api-base';
export { allPages } from './lib/all-pages';
export { AuthApi } from './lib/auth.api';
export { AuthStore, REFRESH_TOKEN_STORAGE_KEY } from './lib/auth.store';
export { authInterceptor } from './lib/auth.interceptor';
export { authGuard, guestGuard, safeReturnUrl } from './lib/auth.guard';
export { LoadingState, LOADING_DELAY_MS } from './lib/loading.state';
export { loadingInterceptor } from './lib/loading.interceptor';
export {
  type Problem,
  type ProblemMessage,
  toProblem,
  problemMessage,
  messageOf,
  serverFieldError,
  applyProblemToForm,
  isProblemType,
} from './lib/problem';
export { KeyedLoad, type LoadKey } from './lib/keyed-load';
export { FormSubmit, type FormSubmitOptions } from './lib/form-submit';
export { focusFirstInvalidField } from './lib/focus-invalid';
