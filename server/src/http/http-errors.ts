// The one error boundary of the HTTP surface: whatever a handler or Fastify itself throws becomes a JSON
// answer with a whitelisted code, the same codes the sockets use. Nothing a client sends can stop the
// process, and no stack trace or path reaches the client.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export type HttpErrorCode =
  | 'invalid_payload'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'bad_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'internal';

/** An answer a handler chooses: thrown, it leaves the handler as `{ error: code }` with this status. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

const BY_STATUS: Record<number, HttpErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function installErrorBoundary(
  app: FastifyInstance,
  onInternal: (error: unknown, method: string, url: string) => void,
): void {
  app.setErrorHandler((error: FastifyError | HttpRefusal, request, reply) => {
    void reply.header('cache-control', 'no-store');
    if (error instanceof HttpRefusal) {
      return reply.code(error.status).send({ error: error.code, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return reply.code(400).send({ error: 'invalid_payload' });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      // A body that is not JSON, or too big, is a bad payload like any other.
      const code =
        error.code?.startsWith('FST_ERR_CTP_') && status === 400 ? 'invalid_payload' : BY_STATUS[status];
      return reply.code(status).send({ error: code ?? 'bad_request' });
    }
    onInternal(error, request.method, request.url);
    return reply.code(500).send({ error: 'internal' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).header('cache-control', 'no-store').send({ error: 'not_found' }),
  );
}
