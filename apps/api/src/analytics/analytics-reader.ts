import { Injectable } from '@nestjs/common';
import { ReplicaReader } from '../database/replica-reader';
import { type FlowQuery, type FlowRow, flowSql, type RawFlowRow, toFlowRows } from './flow-query';

/** The analytics reads: flow queries and the SQL of the other views, through the replica reader. */
@Injectable()
export class AnalyticsReader {
  constructor(private readonly replicas: ReplicaReader) {}

  async flows(query: FlowQuery): Promise<FlowRow[]> {
    const { sql, params } = flowSql(query);
    return toFlowRows(await this.replicas.read<RawFlowRow>(sql, params));
  }

  read<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.replicas.read<T>(sql, params);
  }
}
