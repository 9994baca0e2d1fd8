import { applyDecorators, HttpCode, StreamableFile, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { ApiInitiativeProblems } from '../swagger/api-problems.decorator';
import { RateLimit } from '../throttle/rate-limit.guard';
import { AcceptsUpload, UPLOAD_LIMIT_BYTES, UPLOAD_TYPES, unsupportedUpload } from './upload';

/** A CSV or XLSX file the API hands out: an export or an import template. */
export interface TableFile {
  content: Buffer;
  contentType: string;
  filename: string;
}

/** The OpenAPI of a route that answers with a CSV or XLSX file. */
export const ApiTableDownload = () =>
  applyDecorators(
    ApiProduces(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx),
    ApiOkResponse({
      description: 'The file, as an attachment',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiInitiativeProblems(),
  );

/**
 * A route that imports a CSV or XLSX file sent as the raw body and answers 200 with `result`:
 * the upload marker, the per-client import limit and its OpenAPI, including the problems every
 * import can answer.
 */
export const TableUpload = (result: Type<unknown>) =>
  applyDecorators(
    HttpCode(200),
    AcceptsUpload(),
    RateLimit('tableImport'),
    ApiConsumes(UPLOAD_TYPES.csv, UPLOAD_TYPES.xlsx),
    ApiBody({
      description: `The file as the raw body, at most ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`,
      schema: { type: 'string', format: 'binary' },
    }),
    ApiOkResponse({ type: result }),
    ApiInitiativeProblems(403, 409, 413, 415),
  );

/** The file as a download under its own name. */
export const tableDownload = (file: TableFile) =>
  new StreamableFile(file.content, {
    type: file.contentType,
    disposition: `attachment; filename="${file.filename}"`,
    length: file.content.length,
  });

/** The uploaded body as a Buffer; anything else was not sent as a CSV or XLSX file (415). */
export function uploadedTable(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw unsupportedUpload();
  return body;
}
