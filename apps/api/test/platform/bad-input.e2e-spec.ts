import { type Role } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

interface Operation {
  method: string;
  path: string;
  bodySchema?: { properties: Record<string, { type?: string; $ref?: string; items?: unknown }> };
  pathParams: string[];
  /** The roles the endpoint allows (`x-roles`); every member when absent. */
  roles?: Role[];
}

/**
 * Bad input on every endpoint, driven by the OpenAPI document so that a new endpoint is covered
 * the day it is added: broken JSON, wrong shapes, wrong types, huge values, malformed ids.
 * Every answer must be a 4xx problem JSON, never a 500.
 */
describe('bad input on every endpoint', () => {
  let t: TestApp;
  let fixture: InitiativeFixture;
  let users: Record<Role | 'non-member', TestUser>;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
    fixture = await createInitiativeFixture(t, users);
    const doc = (await t.api.get('/api/docs-json')).body;
    const resolve = (schema: { $ref?: string } | undefined) =>
      schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
    operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          bodySchema: resolve(operation.requestBody?.content?.['application/json']?.schema),
          pathParams: (operation.parameters ?? [])
            .filter((p: { in: string }) => p.in === 'path')
            .map((p: { name: string }) => p.name),
          roles: operation['x-roles'],
        })),
    );
  });
  afterAll(() => t.close());

  function concretePath(operation: Operation, overrides: Record<string, string> = {}): string {
    const values: Record<string, string> = {
      initiativeId: fixture.initiativeId,
      memberId: fixture.targetMemberId,
      invitationId: fixture.invitationId,
      token: fixture.invitationToken,
      stepId: fixture.stepId,
      transitionId: fixture.transitionId,
      actorId: fixture.actorId,
      userId: fixture.representativeUserId,
      bodyId: fixture.bodyId,
      workingGroupId: fixture.workingGroupId,
      measureId: fixture.measureId,
      dimensionId: fixture.dimensionId,
      indicatorId: fixture.indicatorId,
      measurementId: fixture.measurementId,
      ...overrides,
    };
    return operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(values[name]!),
    );
  }

  const withBody = () => operations.filter((o) => o.bodySchema);
  /** A member the endpoint lets through, so that the input itself is what gets checked. */
  const token = (operation?: Operation) => {
    const roles = operation?.roles;
    return users[!roles || roles.includes('coordination') ? 'coordination' : roles[0]!].token;
  };

  it('covers the endpoints that take a body', () => {
    expect(withBody().length).toBeGreaterThanOrEqual(8);
  });

  it('answers 400 to broken JSON', async () => {
    for (const operation of withBody()) {
      const response = await t.api.request(operation.method, concretePath(operation), undefined, {
        token: token(operation),
        rawBody: '{"email": "a@b.de", ',
      });
      expectProblem(response, 400);
    }
  });

  it('answers 400 to JSON nested 100,000 levels deep', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const operation of withBody()) {
      const response = await t.api.request(operation.method, concretePath(operation), undefined, {
        token: token(operation),
        rawBody: `{"value":${deep}}`,
      });
      expectProblem(response, 400);
    }
  });

  it('answers 400 naming the field to U+0000 in every text field', async () => {
    let checked = 0;
    for (const operation of withBody()) {
      for (const [name, property] of Object.entries(operation.bodySchema!.properties)) {
        if (property.type !== 'string') continue;
        const response = await t.api.request(
          operation.method,
          concretePath(operation),
          { [name]: 'a\u0000b' },
          { token: token(operation) },
        );
        expect({
          operation: `${operation.method} ${operation.path}`,
          fields: fieldsOf(response),
        }).toEqual({ operation: `${operation.method} ${operation.path}`, fields: [name] });
        expectProblem(response, 400);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('answers 400 to a body that is %s instead of an object', async (_label, rawBody) => {
    for (const operation of withBody()) {
      const response = await t.api.request(operation.method, concretePath(operation), undefined, {
        token: token(operation),
        rawBody,
      });
      expect({
        operation: `${operation.method} ${operation.path}`,
        status: response.status,
      }).toEqual({
        operation: `${operation.method} ${operation.path}`,
        status: 400,
      });
      expectProblem(response, 400);
    }
  });

  it('answers 400 with field errors when every field has the wrong type', async () => {
    for (const operation of withBody()) {
      const body = Object.fromEntries(
        Object.entries(operation.bodySchema!.properties).map(([name, property]) => [
          name,
          property.type === 'string' ? { nested: true } : 'not-the-right-type',
        ]),
      );
      const response = await t.api.request(operation.method, concretePath(operation), body, {
        token: token(operation),
      });
      expectProblem(response, 400);
      expect(response.body.errors?.length).toBeGreaterThan(0);
    }
  });

  it('answers 400 to huge strings in every string field', async () => {
    for (const operation of withBody()) {
      // Longer than every length limit (the largest is 50,000), yet the whole body stays under
      // the 1 MB body limit, which would answer 413 before any field is looked at.
      const textFields = Object.values(operation.bodySchema!.properties).filter(
        (property) => property.type === 'array' || property.type === 'string',
      ).length;
      const huge = 'x'.repeat(Math.max(50_001, Math.floor(950_000 / Math.max(textFields, 1))));
      const body = Object.fromEntries(
        Object.entries(operation.bodySchema!.properties).map(([name, property]) => [
          name,
          property.type === 'array' ? [huge] : property.type === 'string' ? huge : 1,
        ]),
      );
      const response = await t.api.request(operation.method, concretePath(operation), body, {
        token: token(operation),
      });
      expectProblem(response, 400);
    }
  });

  it('answers 413 to a body over 1 MB', async () => {
    for (const operation of withBody()) {
      const response = await t.api.request(
        operation.method,
        concretePath(operation),
        { padding: 'x'.repeat(1_100_000) },
        { token: token(operation) },
      );
      expectProblem(response, 413);
    }
  });

  it('answers 415 to a body that is not JSON', async () => {
    for (const operation of withBody()) {
      const response = await t.api.request(operation.method, concretePath(operation), undefined, {
        token: token(operation),
        rawBody: 'email=a@b.de',
        headers: { 'content-type': 'text/plain' },
      });
      expectProblem(response, 415);
    }
  });

  it('answers 400 to malformed ids in every path parameter', async () => {
    const bad = ['not-a-uuid', "1' OR '1'='1", '%00', 'ä'.repeat(80)];
    for (const operation of operations.filter((o) => o.pathParams.length > 0)) {
      for (const param of operation.pathParams) {
        for (const value of bad) {
          const body = ['GET', 'DELETE'].includes(operation.method) ? undefined : {};
          const response = await t.api.request(
            operation.method,
            concretePath(operation, { [param]: value }),
            body,
            { token: token(operation) },
          );
          expect({
            path: `${operation.method} ${operation.path} ${param}=${value}`,
            status: response.status,
          }).toEqual({
            path: `${operation.method} ${operation.path} ${param}=${value}`,
            status: expect.any(Number),
          });
          expect([400, 404]).toContain(response.status);
          expectProblem(response, response.status);
        }
      }
    }
  });

  it('answers unknown routes and methods with a 404 problem', async () => {
    expectProblem(await t.api.get('/api/v1/nothing-here', { token: token() }), 404);
    expectProblem(
      await t.api.request(
        'PUT',
        `/api/v1/initiatives/${fixture.initiativeId}`,
        {},
        { token: token() },
      ),
      404,
    );
  });

  it('never wrote anything for the rejected requests', async () => {
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM initiatives');
    expect(count).toBe(1);
  });
});
