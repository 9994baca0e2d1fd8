import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type ActorImportFormat,
  type ActorImportResult,
  mayReadContacts,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { ProblemException } from '../../common/problem/problem.exception';
import { UPLOAD_TYPES } from '../../common/upload/upload';
import { importInvalid, readTable } from '../../common/upload/table-reader';
import type { TableFile } from '../../common/upload/table-transfer';
import {
  ACTORS_BY_NAME,
  ACTORS_WITH_KEYS,
  type ActorRow,
  LOCK_INITIATIVE_FOR_IMPORT,
  NAME_KEYS,
} from './actors.queries';
import { isNameConflict, toActor } from './actors.service';
import { ActorEntity } from './entities/actor.entity';
import { actorChanges, type ImportedFields } from './table/actor-changes';
import {
  actorToCells,
  AREA_LABELS,
  KIND_LABELS,
  NO,
  TABLE_COLUMNS,
  TABLE_HEADERS,
  YES,
} from './table/actor-table';
import { writeCsv } from './table/csv';
import { IMPORT_MAX_ROWS, type ImportRow, readActorTable } from './table/read-actor-table';
import { writeXlsx } from './table/xlsx';

const COLUMN_WIDTHS: Record<string, number> = {
  Institution: 36,
  'Mögliche Beiträge': 48,
  Ressourcen: 36,
  Website: 32,
};

/** The actor table as a file: export for every member, import (create or update) by name. */
@Injectable()
export class ActorTransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  async export(access: InitiativeAccess, format: ActorImportFormat): Promise<TableFile> {
    const rows = await this.sql.rows<ActorRow>(ACTORS_BY_NAME, [access.initiativeId]);
    // Contact persons are personal data: only for the roles that may read them.
    const shown = TABLE_COLUMNS.map(
      (column) => column.type !== 'contact' || mayReadContacts(access.role),
    );
    const only = <T>(row: readonly T[]) => row.filter((_, index) => shown[index]);
    const cells = rows.map((row) => only(actorToCells(toActor(row, []))));
    const date = new Date().toISOString().slice(0, 10);
    if (format === 'csv') {
      return {
        content: writeCsv([only(TABLE_HEADERS), ...cells]),
        contentType: `${UPLOAD_TYPES.csv}; charset=utf-8`,
        filename: `akteurstabelle-${date}.csv`,
      };
    }
    const columns = only(TABLE_COLUMNS).map((column) => ({
      header: column.header,
      width: COLUMN_WIDTHS[column.header] ?? (column.type === 'flag' ? 14 : 24),
      choices:
        column.type === 'area'
          ? Object.values(AREA_LABELS)
          : column.type === 'kind'
            ? Object.values(KIND_LABELS)
            : column.type === 'flag'
              ? [YES, NO]
              : undefined,
    }));
    return {
      content: await writeXlsx('Akteure', columns, cells),
      contentType: UPLOAD_TYPES.xlsx,
      filename: `akteurstabelle-${date}.xlsx`,
    };
  }

  /**
   * Checks every row first and counts every error, listing the first 100 with their rows; writes
   * only when all rows are valid, in one transaction. Rows match existing actors by name
   * regardless of case. The file is read within the caps of common/upload/table-reader.
   */
  async import(
    access: InitiativeAccess,
    format: ActorImportFormat,
    file: Buffer,
  ): Promise<ActorImportResult> {
    const records = await readTable(format, file, IMPORT_MAX_ROWS);
    if (records.length === 0) {
      throw importInvalid('The file is empty: it needs the header row of the actor table.');
    }
    const { rows, errors } = readActorTable(records);
    if (errors.count > 0) throw errors.problem();
    try {
      return await this.dataSource.transaction((manager) =>
        this.write(manager, access.initiativeId, rows),
      );
    } catch (error) {
      if (isNameConflict(error)) {
        throw new ProblemException(
          409,
          'An actor with one of the imported names was created at the same time. Upload the file again.',
          { type: PROBLEM_TYPES.conflict },
        );
      }
      throw error;
    }
  }

  private async write(
    manager: EntityManager,
    initiativeId: string,
    rows: ImportRow[],
  ): Promise<ActorImportResult> {
    await manager.query(LOCK_INITIATIVE_FOR_IMPORT, [initiativeId]);
    const existing = (await manager.query(ACTORS_WITH_KEYS, [initiativeId])) as (ActorRow & {
      key: string;
    })[];
    const byKey = new Map(existing.map((row) => [row.key, row]));
    const keys = (await manager.query(NAME_KEYS, [rows.map((row) => row.input.name)])) as {
      key: string;
    }[];

    const result: ActorImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const [index, { input }] of rows.entries()) {
      const fields = input as ImportedFields;
      const current = byKey.get(keys[index]?.key ?? '');
      if (!current) {
        await manager.insert(ActorEntity, { ...fields, initiativeId });
        result.created += 1;
        continue;
      }
      const changes = actorChanges(toFields(current), fields);
      if (Object.keys(changes).length === 0) {
        result.unchanged += 1;
        continue;
      }
      await manager.update(ActorEntity, { id: current.id }, changes);
      result.updated += 1;
    }
    return result;
  }
}

function toFields(row: ActorRow): ImportedFields {
  const actor = toActor(row, []);
  return {
    name: actor.name,
    area: actor.area,
    kind: actor.kind,
    contacts: actor.contacts,
    existingCooperation: actor.existingCooperation,
    plannedCoreGroup: actor.plannedCoreGroup,
    extendedForums: actor.extendedForums,
    contributions: actor.contributions,
    resources: actor.resources,
    website: actor.website,
    isPartner: actor.isPartner,
  };
}
