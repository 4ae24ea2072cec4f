import { ShipmentMonthlyByDimensionEntity } from '../analytics/shipment-monthly-by-dimension.entity';
import { ShipmentMonthlyByDimensionTotalEntity } from '../analytics/shipment-monthly-by-dimension-total.entity';
import { ShipmentMonthlySeaLanesEntity } from '../analytics/shipment-monthly-sea-lanes.entity';
import { ShipmentMonthlyPricesEntity } from '../analytics/shipment-monthly-prices.entity';
import { ShipmentMonthlyOriginCurrencyEntity } from '../analytics/shipment-monthly-origin-currency.entity';
import { ShipmentMonthlyFlowsEntity } from '../analytics/shipment-monthly-flows.entity';
import { ShipmentMonthlyLoadingPricesEntity } from '../analytics/shipment-monthly-loading-prices.entity';
import { ShipmentMonthlyPricesByOriginEntity } from '../analytics/shipment-monthly-prices-by-origin.entity';
import { ShipmentMonthlyPricesByOriginTotalEntity } from '../analytics/shipment-monthly-prices-by-origin-total.entity';
import { ShipmentMonthlyRollupEntity } from '../analytics/shipment-monthly-rollup.entity';
import { OfficialTradeFlowEntity } from '../official-stats/official-trade-flow.entity';
import { FxRateEntity } from '../fx-rates/fx-rate.entity';
import { BenchmarkEntity, BenchmarkPriceEntity } from '../benchmarks/benchmark.entity';
import { DomesticProductionEntity } from '../import-dependency/domestic-production.entity';
import { SupplierRiskScoreEntity } from '../supply-risk/supplier-risk-score.entity';
import { AlertEvaluationEntity } from '../alerts/alert-evaluation.entity';
import { AlertEntity } from '../alerts/alert.entity';
import { ReportDeliveryEntity } from '../reports/report-delivery.entity';
import { ReportDownloadLinkEntity } from '../reports/report-download-link.entity';
import { ReportFileEntity } from '../reports/report-file.entity';
import { ReportRunEntity } from '../reports/report-run.entity';
import { ReportEntity } from '../reports/report.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { LoginFailureEntity } from '../auth/login-failure.entity';
import { SessionEntity } from '../auth/session.entity';
import { SavedViewEntity } from '../saved-views/saved-view.entity';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { ShipmentSourceEntity } from '../sources/shipment-source.entity';
import { TargetEntity } from '../targets/target.entity';
import { UserEntity } from '../users/user.entity';

/** Every TypeORM entity; the schema-drift test compares them with what the migrations build. */
export const ENTITIES = [
  ShipmentEntity,
  FxRateEntity,
  ShipmentMonthlyRollupEntity,
  ShipmentMonthlyByDimensionEntity,
  ShipmentMonthlyByDimensionTotalEntity,
  ShipmentMonthlySeaLanesEntity,
  ShipmentMonthlyPricesEntity,
  ShipmentMonthlyOriginCurrencyEntity,
  ShipmentMonthlyFlowsEntity,
  ShipmentMonthlyLoadingPricesEntity,
  ShipmentMonthlyPricesByOriginEntity,
  ShipmentMonthlyPricesByOriginTotalEntity,
  UserEntity,
  SessionEntity,
  LoginFailureEntity,
  ApiKeyEntity,
  AuditLogEntity,
  ReportEntity,
  ReportRunEntity,
  ReportFileEntity,
  TargetEntity,
  ShipmentSourceEntity,
  SavedViewEntity,
  OfficialTradeFlowEntity,
  ReportDeliveryEntity,
  ReportDownloadLinkEntity,
  AlertEntity,
  AlertEvaluationEntity,
  BenchmarkEntity,
  BenchmarkPriceEntity,
  SupplierRiskScoreEntity,
  DomesticProductionEntity,
];
