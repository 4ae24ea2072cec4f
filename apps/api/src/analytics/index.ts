/*
 * The analytics module's public surface: what the other feature modules (targets, exports, official
 * statistics, alerts, import dependency, settings) may use. ESLint refuses an import of any other
 * file of this folder from outside it; the entities are the exception, for the data source's list.
 * Leaf files come first: a module that analytics itself imports must never import this file.
 */
export { SqlParams } from './sql-params';
export { bucketSql } from './dimension-sql';
export { cellSourceSql, FX_RATE_JOIN, officialWhere, planSources } from './flow-source';
export { type FlowMeasure, type FlowRow, setOf, totalRow } from './flow-query';
export { assertBucketCount, bucketRange } from './bucket-range';
export {
  BucketedQueryDto,
  ConcentrationQueryDto,
  SummaryQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-queries';
export { BarrelConversionsDto, ConversionFactorDto, HhiBandsInfoDto } from './dto/shared-responses.dto';
export { AnalyticsReader } from './analytics-reader';
export { BarrelConversionsReader } from './barrel-conversions';
export { AnalyticsService } from './analytics.service';
export { AnalyticsModule } from './analytics.module';
