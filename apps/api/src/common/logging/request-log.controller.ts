import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One log line per request, when it completes: method, redacted URL, status and duration,
 * tagged with the request id. Fastify's "incoming request" line is dropped.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {
    // One line per request is enough; the completed line carries everything.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const entry = {
      req: request,
      res: { statusCode: reply.statusCode },
      responseTime: reply.elapsedTime,
    };
    if (error) request.log.error({ ...entry, err: { message: error.message } }, 'request errored');
    else request.log.info(entry, 'request completed');
  }
}
