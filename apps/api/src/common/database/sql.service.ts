import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Plain parameterised SQL on TypeORM's own connection pool, for the reads on every request
 * (the membership check, the initiative, the list): TypeORM's query builder and query runner
 * cost more CPU than the query itself there. Writes keep using repositories and transactions.
 */
@Injectable()
export class SqlService {
  private readonly pool: Pool;

  constructor(dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async rows<T>(text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool.query(text, values);
    return result.rows as T[];
  }

  /**
   * The same as `rows`, as a named prepared statement: each connection parses and plans it once,
   * which saves PostgreSQL's CPU on statements that run on every request.
   */
  async prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool.query({ name, text, values });
    return result.rows as T[];
  }
}
