import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CollectionFrequency,
  type MeasurementFileFormat,
  type MeasurementImportResult,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { isUniqueViolation } from '../../common/database/unique-name';
import { ProblemException } from '../../common/problem/problem.exception';
import { UPLOAD_TYPES } from '../../common/upload/upload';
import { importInvalid, readTable } from '../../common/upload/table-reader';
import type { TableFile } from '../../common/upload/table-transfer';
import { writeCsv } from '../actors/table/csv';
import {
  LOCK_TABLE_DIMENSION_VALUES,
  TABLE_DIMENSIONS,
} from '../indicators/indicators-dimensions.queries';
import { tableIndicators } from '../indicators/indicators.queries';
import { writeImport } from './measurement-import-writes';
import { MEASUREMENT_UNIQUE_INDEX, visibleTo } from './measurement-writes';
import { tableColumns } from './table/measurement-table';
import {
  IMPORT_MAX_ROWS,
  readMeasurementTable,
  type TableDimension,
  type TableIndicator,
} from './table/read-measurement-table';
import { writeTemplateXlsx } from './table/template-xlsx';

interface IndicatorRow extends TableIndicator {
  unit: string;
  steward: boolean;
}

/** The measurement table as a file: a template for every member, the import of values. */
@Injectable()
export class MeasurementTransferService {
  constructor(private readonly dataSource: DataSource) {}

  async template(access: InitiativeAccess, format: MeasurementFileFormat): Promise<TableFile> {
    const { indicators, dimensions } = await readContext(this.dataSource.manager, access);
    const columns = tableColumns(dimensions);
    if (format === 'csv') {
      return {
        content: writeCsv([columns.map((column) => column.header)]),
        contentType: `${UPLOAD_TYPES.csv}; charset=utf-8`,
        filename: 'messwerte-vorlage.csv',
      };
    }
    const content = await writeTemplateXlsx(
      columns,
      indicators.map((indicator) => ({
        name: indicator.name,
        frequency: indicator.frequency,
        unit: indicator.unit,
        dimensionNames: dimensions
          .filter((d) => indicator.dimensionIds.includes(d.id))
          .map((d) => d.name),
      })),
      dimensions.map((d) => ({ header: d.name, values: d.values.map((v) => v.value) })),
    );
    return { content, contentType: UPLOAD_TYPES.xlsx, filename: 'messwerte-vorlage.xlsx' };
  }

  /**
   * Checks every row first and counts every error, listing the first 100 with their rows; writes
   * only when all rows are valid, in one transaction. New values are entered, changed ones
   * corrected (reason "Import"), equal ones left alone; statuses follow the same rules as entries
   * and corrections. The file is read within the caps of common/upload/table-reader.
   */
  async import(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    format: MeasurementFileFormat,
    file: Buffer,
  ): Promise<MeasurementImportResult> {
    await this.assertMayImport(access);
    const records = await readTable(format, file, IMPORT_MAX_ROWS);
    if (records.length === 0) {
      throw importInvalid('The file is empty: it needs the header row of the template.');
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Checked against the indicators and dimensions as they are, locked until the write
        // commits: none of them changes its frequency or loses a value in between.
        const context = await readContext(manager, access, { lock: true });
        const { rows, errors } = readMeasurementTable(records, context);
        if (errors.count > 0) throw errors.problem();
        return writeImport(manager, { access, user }, rows);
      });
    } catch (error) {
      if (isUniqueViolation(error, MEASUREMENT_UNIQUE_INDEX)) {
        throw new ProblemException(
          409,
          'One of the imported values was entered by someone else at the same time. Upload the file again.',
          { type: PROBLEM_TYPES.conflict },
        );
      }
      throw error;
    }
  }

  /** Coordination imports every indicator's values, a data steward those of their indicators. */
  private async assertMayImport(access: InitiativeAccess): Promise<void> {
    if (access.role === 'coordination') return;
    const { indicators } = await readContext(this.dataSource.manager, access);
    if (indicators.some((indicator) => indicator.steward)) return;
    throw new ProblemException(
      403,
      'Only the coordination office and the data stewards of indicators import values.',
      { type: PROBLEM_TYPES.forbidden },
    );
  }
}

/** The initiative's indicators (with the caller's right to enter each) and dimensions. */
async function readContext(
  manager: EntityManager,
  access: InitiativeAccess,
  options: { lock?: boolean } = {},
): Promise<{ indicators: IndicatorRow[]; dimensions: TableDimension[] }> {
  const indicators = (await manager.query(tableIndicators(options.lock ?? false), [
    access.initiativeId,
    access.membershipId,
    visibleTo(access),
  ])) as (Omit<IndicatorRow, 'mayEnter'> & { frequency: CollectionFrequency })[];
  const dimensions = (await manager.query(TABLE_DIMENSIONS, [
    access.initiativeId,
  ])) as TableDimension[];
  if (options.lock) {
    await manager.query(LOCK_TABLE_DIMENSION_VALUES, [access.initiativeId]);
  }
  return {
    indicators: indicators.map((indicator) => ({
      ...indicator,
      mayEnter: access.role === 'coordination' || indicator.steward,
    })),
    dimensions,
  };
}
