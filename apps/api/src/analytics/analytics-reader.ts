import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type FlowQuery, type FlowRow, flowSql, type RawFlowRow, toFlowRows } from './flow-query';

/**
 * Runs the analytics reads. With DATABASE_READ_URLS set, TypeORM's `replication` gives the data
 * source replica pools and a 'slave' query runner takes a connection from one of them; without it
 * the same call uses the primary. Writes never go through here.
 */
@Injectable()
export class AnalyticsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async flows(query: FlowQuery): Promise<FlowRow[]> {
    const { sql, params } = flowSql(query);
    return toFlowRows(await this.read<RawFlowRow>(sql, params));
  }

  async read<T>(sql: string, params: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return (await runner.query(sql, params)) as T[];
    } finally {
      await runner.release();
    }
  }
}
