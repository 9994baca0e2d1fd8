import { chromium } from 'playwright-core';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { createDraft, createAgreementWorld } from '../support/agreement-fixture';
import {
  clientIp,
  createInitiative,
  createUser,
  initiativeInput,
  PASSWORD,
} from '../support/factories';
import type { TestUser } from '../support/factories';
import { detailOf, errorsOf, expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** 100,000 levels of arrays in 200 KB: enough to overflow a recursive walk. */
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);

describe('hostile request input', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    user = await createUser(t.api);
  });
  afterAll(() => t.close());

  const login = (body: unknown) => t.api.post('/api/v1/auth/login', body, { headers: clientIp() });

  describe('deeply nested JSON', () => {
    it.each([
      ['the anonymous login', '/api/v1/auth/login', false],
      ['an authenticated route', '/api/v1/initiatives', true],
    ])('answers 400 naming the body, quickly, on %s', async (_label, path, authenticated) => {
      const started = Date.now();
      const response = await t.api.request('POST', path, undefined, {
        rawBody: `{"email":${DEEP},"password":"x","name":${DEEP}}`,
        headers: clientIp(),
        token: authenticated ? user.token : undefined,
      });
      expect(Date.now() - started).toBeLessThan(1000);
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(errorsOf(response)).toEqual([
        {
          field: 'body',
          message: 'body must not nest objects and arrays more than 32 levels deep',
          code: 'too_deep',
        },
      ]);
    });

    it('still takes a body nested as deep as the API needs', async () => {
      const response = await t.api.post('/api/v1/initiatives', initiativeInput(), {
        token: user.token,
      });
      expect(response.status).toBe(201);
    });

    it('still refuses prototype poisoning', async () => {
      const response = await t.api.request('POST', '/api/v1/auth/login', undefined, {
        rawBody: `{"email":"${user.email}","password":"${PASSWORD}","__proto__":{"admin":true}}`,
        headers: clientIp(),
      });
      expectProblem(response, 400);
    });
  });

  describe('U+0000 and lone surrogates', () => {
    it('answers 400 naming the field for U+0000 in the login e-mail', async () => {
      const response = await login({ email: 'a\u0000@x.de', password: PASSWORD });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(errorsOf(response)).toEqual([
        {
          field: 'email',
          message: 'email must not contain the character U+0000',
          code: 'nul_character',
        },
      ]);
    });

    it('answers 400 naming the nested field for U+0000 deep in a DTO', async () => {
      const response = await t.api.post(
        '/api/v1/initiatives',
        initiativeInput({ region: { municipality: 'Test\u0000stadt', districts: ['Mitte'] } }),
        { token: user.token },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(errorsOf(response)).toMatchObject([{ field: 'region.municipality' }]);

      const inList = await t.api.post(
        '/api/v1/initiatives',
        initiativeInput({ region: { municipality: 'Teststadt', districts: ['Mitte', 'N\u0000'] } }),
        { token: user.token },
      );
      expect(errorsOf(inList)).toMatchObject([{ field: 'region.districts.1' }]);
    });

    it.each([
      ['a lone high surrogate', 'a\ud800@x.de'],
      ['a lone low surrogate', 'a\udc00@x.de'],
    ])('answers 400 for %s in an e-mail address', async (_label, email) => {
      for (const response of [
        await login({ email, password: PASSWORD }),
        await t.api.post('/api/v1/auth/register', { email, password: PASSWORD, displayName: 'A' }),
      ]) {
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(errorsOf(response)).toEqual([
          {
            field: 'email',
            message: 'email must not contain a lone surrogate (not valid Unicode)',
            code: 'lone_surrogate',
          },
        ]);
      }
    });

    it('still takes text with emoji, which are surrogate pairs', async () => {
      const response = await t.api.post(
        '/api/v1/initiatives',
        initiativeInput({ name: 'Jugendpakt 🚀 Teststadt' }),
        { token: user.token },
      );
      expect(response.status).toBe(201);
      expect(response.body.name).toBe('Jugendpakt 🚀 Teststadt');
    });

    it('answers 400 naming the parameter for U+0000 in a query string or a path', async () => {
      const initiative = await createInitiative(t.api, user);
      const query = await t.api.get(
        `/api/v1/initiatives/${initiative.id}/artifacts?kind=agreement%00`,
        { token: user.token },
      );
      expectProblem(query, 400, PROBLEM_TYPES.validation);
      expect(errorsOf(query)).toMatchObject([{ field: 'kind', code: 'nul_character' }]);

      const path = await t.api.get(`/api/v1/verify/${'0'.repeat(63)}%00`);
      expect(errorsOf(path)).toMatchObject([{ field: 'contentHash', code: 'nul_character' }]);
    });
  });

  it('says in plain words that no document has a hash', async () => {
    const response = await t.api.get(`/api/v1/verify/${'0'.repeat(64)}`);
    expectProblem(response, 404, PROBLEM_TYPES.notFound);
    expect(detailOf(response)).toBe('No document with this hash was found.');
  });
});

describe('response headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps browsers and proxies from storing API answers: JSON, PDFs and problems', async () => {
    const world = await createAgreementWorld(t.api, t.dataSource);
    await createDraft(t.api, world);
    const token = world.coordinator.token;
    const json = await t.api.get(world.base, { token });
    expect(json.status).toBe(200);
    const pdf = await t.api.get(`${world.base}/versions/1/pdf`, { token });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const problem = await t.api.get(world.base);
    expect(problem.status).toBe(401);
    for (const response of [json, pdf, problem]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('turns off powerful browser features on every answer', async () => {
    for (const path of ['/api/v1/health', '/api/docs']) {
      const policy = (await t.api.get(path)).headers.get('permissions-policy');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(policy).toContain(`${feature}=()`);
      }
    }
  });

  it('serves the API docs with a CSP that allows no inline or foreign script', async () => {
    const response = await t.api.get('/api/docs');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|\*|https?:)/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('renders Swagger UI under that CSP without a violation', async () => {
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(message.text());
        }
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${t.baseUrl}/api/docs`);
      await page.locator('.opblock').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
