import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { finalize } from 'rxjs';
import { LoadingState } from './loading.state';

export const loadingInterceptor: HttpInterceptorFn = (request, next) => {
  const loading = inject(LoadingState);
  loading.start();
  return next(request).pipe(finalize(() => loading.stop()));
};
