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

export function fieldsOf(response: ApiResponse): string[] {
  return ((response.body as { errors?: { field: string }[] }).errors ?? []).map(
    (error) => error.field,
  );
}
