import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

/** The file types a route marked with @AcceptsUpload() takes as its raw body. */
export const UPLOAD_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by @AcceptsUpload(). */
    acceptsUpload?: boolean;
  }
}

/** Marks a route that takes a CSV or XLSX file as its raw request body (a Buffer, at most 5 MB). */
export const AcceptsUpload = () => RouteConfig({ acceptsUpload: true });

const uploadTypes: readonly string[] = Object.values(UPLOAD_TYPES);

function isUploadType(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return uploadTypes.includes(essence);
}

function acceptsUpload(request: FastifyRequest): boolean {
  return request.routeOptions.config.acceptsUpload === true;
}

export const unsupportedUpload = () =>
  new ProblemException(
    415,
    `Send the file as the request body with Content-Type ${UPLOAD_TYPES.csv} or ${UPLOAD_TYPES.xlsx}.`,
    { type: PROBLEM_TYPES.unsupportedMediaType },
  );

/**
 * Parses CSV and XLSX bodies into a Buffer, for the routes marked with @AcceptsUpload() only:
 * every other route stays JSON-only, and a file sent to one is refused with 415 before its body
 * is read.
 */
export function registerUploadParsers(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [...uploadTypes],
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    if (
      !request.is404 &&
      isUploadType(request.headers['content-type']) &&
      !acceptsUpload(request)
    ) {
      done(
        new ProblemException(415, 'This endpoint only accepts application/json.', {
          type: PROBLEM_TYPES.unsupportedMediaType,
        }),
      );
      return;
    }
    done(null, payload);
  });
}
