import type { FieldError, ProblemDetails } from '@gw/shared/contracts';
import type { ApiResponse } from './api-client';

/** Asserts an RFC 9457 problem answer with the given status (and type, when given). */
export function expectProblem(response: ApiResponse, status: number, type?: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { status },
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toEqual(
    expect.objectContaining({
      type: type ?? expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
    }),
  );
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
}

/** The problem's human-readable explanation. */
export function detailOf(response: ApiResponse): string | undefined {
  return (response.body as Partial<ProblemDetails>).detail;
}

/** The field errors of a validation problem, empty for any other answer. */
export function errorsOf(response: ApiResponse): FieldError[] {
  return (response.body as Partial<ProblemDetails>).errors ?? [];
}

export function fieldsOf(response: ApiResponse): string[] {
  return errorsOf(response).map((error) => error.field);
}
