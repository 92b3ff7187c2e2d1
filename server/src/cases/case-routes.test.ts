// The case routes on a real Fastify instance, as the HTTP layer will mount them.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { memoryCaseStorage } from './case-storage.js';
import { CaseStore } from './case-store.js';
import { caseRoutes } from './case-routes.js';

describe('the case routes', () => {
  it('answer a case by its code, its QR code and a 404 for anything else', async () => {
    let n = 0;
    const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');
    const cases = await CaseStore.open({
      storage: memoryCaseStorage(),
      clock: Date.now,
      newId: () => `code${++n}x`,
      log: silentLogger,
      rules: () => rules,
    });
    const contact = { name: null, phone: null, iin: null };
    await cases.run(
      {
        type: 'open',
        by: 'u',
        sectorId: 'legal',
        serviceId: null,
        topic: 't',
        lang: 'en',
        contact,
        source: { kind: 'desk' },
      },
      { actorId: 'u', requestId: null },
      () => null,
    );
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    caseRoutes(app, { cases, appsDir: '/nonexistent', config: () => DEMO_OFFICE, clock: Date.now });
    const ok = await app.inject('/api/cases/code2x');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ number: expect.stringMatching(/^KZ-/), lang: 'en', status: 'open' });
    expect((await app.inject('/api/cases/code2x/qr.svg')).body).toMatch(/^<svg/);
    expect((await app.inject('/api/cases/code1x')).statusCode).toBe(404);
    expect((await app.inject('/api/cases/%2e%2e')).statusCode).toBe(404);
    expect((await app.inject('/c/code2x')).statusCode).toBe(503); // the page is not built in /nonexistent
    await app.close();
  });
});
