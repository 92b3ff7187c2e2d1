// Follow-up cases at the desk and for the head. Each handler maps the payload to a case command; who
// may see a case is checked first (a case outside the caller's sectors reads as unknown) and again in
// the same step as the decision, so a hand-over in between cannot slip a case past the check.
import {
  fail,
  type Case,
  type CaseCommand,
  type CaseView,
  type ErrorCode,
  type OfficeConfig,
  type Result,
  type SessionUser,
} from '@kezek/shared';
import { canSeeCase } from '../cases/case-access.js';
import { printReceipt } from '../cases/case-print.js';
import { loadCaseReport } from '../cases/case-report-source.js';
import { actorOf, type HandlerContext } from './context.js';
import type { HandlerTable } from './define.js';

const STAFF = ['operator', 'head'] as const;

function sectorProblem(config: OfficeConfig, sectorId: string, serviceId: string | null): ErrorCode | null {
  const sector = config.sectors.find((s) => s.id === sectorId);
  if (!sector) return 'unknown_sector';
  if (serviceId !== null && !sector.services.some((s) => s.id === serviceId)) return 'unknown_service';
  return null;
}

/** Runs a command on a case the caller may see, answering with the case as it now stands. */
function onCase(
  ctx: HandlerContext,
  p: { requestId: string; caseId: string },
  build: (actor: SessionUser, k: Readonly<Case>) => CaseCommand | ErrorCode,
): Promise<Result<CaseView>> {
  const actor = actorOf(ctx);
  const found = ctx.cases.find(actor, p.caseId);
  if (!found.ok) return Promise.resolve(found);
  const command = build(actor, found.data);
  if (typeof command === 'string') return Promise.resolve(fail(command));
  const config = ctx.settings.data.office;
  return ctx.cases.store.run(
    command,
    { actorId: actor.id, requestId: p.requestId },
    (_events, state) => ctx.cases.view(state.cases[p.caseId] as Case),
    (state) => {
      const k = state.cases[p.caseId];
      return k && canSeeCase(actor, k, config) ? null : 'unknown_case';
    },
  );
}

function activeStaff(ctx: HandlerContext, userId: string | null): boolean {
  return userId === null || ctx.settings.data.users.some((u) => u.id === userId && u.active);
}

export const caseHandlers = {
  'case:list': {
    roles: STAFF,
    run: (ctx, p) => {
      const { data } = ctx.settings;
      const staff = data.users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
      const iinEnabled = data.cases?.iinEnabled ?? false;
      return {
        ok: true,
        data: { cases: ctx.cases.list(actorOf(ctx), p.scope, p.opened), iinEnabled, staff },
      };
    },
  },
  'case:get': {
    roles: STAFF,
    run: (ctx, p) => {
      const found = ctx.cases.find(actorOf(ctx), p.caseId);
      return found.ok ? { ok: true, data: ctx.cases.view(found.data) } : found;
    },
  },
  'case:open': {
    roles: STAFF,
    run: async (ctx, p) => {
      const actor = actorOf(ctx);
      const problem = sectorProblem(ctx.settings.data.office, p.sectorId, p.serviceId);
      if (problem) return fail(problem);
      const { sectorId, serviceId, topic, lang, contact } = p;
      return ctx.cases.store.run(
        { type: 'open', by: actor.id, sectorId, serviceId, topic, lang, contact, source: { kind: 'desk' } },
        { actorId: actor.id, requestId: p.requestId },
        (events, state) => {
          const opened = events.find((e) => e.type === 'case:opened');
          return ctx.cases.view(state.cases[opened?.case?.id ?? ''] as Case);
        },
      );
    },
  },
  'case:edit': {
    roles: STAFF,
    run: (ctx, p) =>
      onCase(ctx, p, (a) => ({
        type: 'edit',
        caseId: p.caseId,
        by: a.id,
        topic: p.topic,
        contact: p.contact,
      })),
  },
  'case:note': {
    roles: STAFF,
    run: (ctx, p) => onCase(ctx, p, (a) => ({ type: 'note', caseId: p.caseId, by: a.id, text: p.text })),
  },
  'case:hand-over': {
    roles: STAFF,
    run: (ctx, p) =>
      onCase(ctx, p, (a) => {
        const problem = sectorProblem(ctx.settings.data.office, p.toSectorId, null);
        if (problem) return problem;
        if (!activeStaff(ctx, p.toUserId)) return 'invalid_payload';
        return {
          type: 'hand-over',
          caseId: p.caseId,
          by: a.id,
          toSectorId: p.toSectorId,
          toUserId: p.toUserId,
        };
      }),
  },
  /** The law gives the extension to the head: a specialist asks, the head decides. */
  'case:extend': {
    roles: ['head'],
    run: (ctx, p) =>
      onCase(ctx, p, (a) => ({
        type: 'extend',
        caseId: p.caseId,
        by: a.id,
        reason: p.reason,
        dueOn: p.dueOn,
      })),
  },
  'case:redirect': {
    roles: STAFF,
    run: (ctx, p) =>
      onCase(ctx, p, (a) => ({ type: 'redirect', caseId: p.caseId, by: a.id, body: p.body, note: p.note })),
  },
  'case:answer': {
    roles: STAFF,
    run: (ctx, p) =>
      onCase(ctx, p, (a) => ({ type: 'answer', caseId: p.caseId, by: a.id, result: p.result, text: p.text })),
  },
  'case:reopen': {
    roles: STAFF,
    run: (ctx, p) =>
      onCase(ctx, p, (a) => ({ type: 'reopen', caseId: p.caseId, by: a.id, reason: p.reason })),
  },
  'case:report': {
    roles: ['head'],
    run: async (ctx, p) => {
      if (p.from > p.to) return fail('invalid_payload');
      const report = await loadCaseReport(ctx.cases.store, ctx.settings, p.from, p.to, ctx.head.clock());
      return { ok: true, data: report };
    },
  },
  'case:print-receipt': {
    roles: STAFF,
    run: async (ctx, p) => {
      const found = ctx.cases.find(actorOf(ctx), p.caseId);
      if (!found.ok) return found;
      const { settings, printing } = ctx;
      const deps = { settings, printing, config: settings.data.office, userNames: ctx.cases.userNames() };
      return { ok: true, data: await printReceipt(found.data, p.deskId, deps) };
    },
  },
} satisfies Partial<HandlerTable>;
