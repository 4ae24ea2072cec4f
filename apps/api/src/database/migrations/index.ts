import { CreateShipments1764400000000 } from './1764400000000-CreateShipments';
import { CreateFxRates1764500000000 } from './1764500000000-CreateFxRates';
import { CreateShipmentMonthlyRollup1764500000001 } from './1764500000001-CreateShipmentMonthlyRollup';
import { CreateShipmentMonthlyByDimension1764500000002 } from './1764500000002-CreateShipmentMonthlyByDimension';
import { CreateReports1764600000000 } from './1764600000000-CreateReports';
import { CreateUsersAndSessions1764800000000 } from './1764800000000-CreateUsersAndSessions';
import { CreateApiKeys1764800000001 } from './1764800000001-CreateApiKeys';
import { CreateAuditLog1764800000002 } from './1764800000002-CreateAuditLog';
import { AddShipmentRouteDetailAndApiGravity1764900000000 } from './1764900000000-AddShipmentRouteDetailAndApiGravity';
import { CreateTargets1764900000001 } from './1764900000001-CreateTargets';
import { CreateShipmentSources1764900000002 } from './1764900000002-CreateShipmentSources';
import { DropLowValueShipmentIndexes1765000000000 } from './1765000000000-DropLowValueShipmentIndexes';
import { AddShipmentDestinationCountry1766000000000 } from './1766000000000-AddShipmentDestinationCountry';
import { CreateOfficialTradeFlows1766100000000 } from './1766100000000-CreateOfficialTradeFlows';
import { CreateSavedViews1766200000000 } from './1766200000000-CreateSavedViews';
import { AddReportDeliveryAndAlerts1766300000000 } from './1766300000000-AddReportDeliveryAndAlerts';
import { CreateCacheVersions1766500000000 } from './1766500000000-CreateCacheVersions';
import { AddShipmentPriceBasis1766650000000 } from './1766650000000-AddShipmentPriceBasis';
import { CreateBenchmarks1766650000001 } from './1766650000001-CreateBenchmarks';
import { AddChokepointsRiskScoresAndProduction1766600000000 } from './1766600000000-AddChokepointsRiskScoresAndProduction';
import { AddAllImporterTotals1766800000000 } from './1766800000000-AddAllImporterTotals';
import { CreateShipmentMonthlySeaLanes1766800000001 } from './1766800000001-CreateShipmentMonthlySeaLanes';
import { CreateShipmentMonthlyPrices1766800000002 } from './1766800000002-CreateShipmentMonthlyPrices';
import { CreateShipmentMonthlyOriginCurrency1766800000003 } from './1766800000003-CreateShipmentMonthlyOriginCurrency';
import { CreateShipmentMonthlyFlows1766900000000 } from './1766900000000-CreateShipmentMonthlyFlows';
import { CreateShipmentMonthlyLoadingPrices1767000000000 } from './1767000000000-CreateShipmentMonthlyLoadingPrices';
import { CreateShipmentMonthlyPricesByOrigin1767000000001 } from './1767000000001-CreateShipmentMonthlyPricesByOrigin';
import { CreateShipmentMonthlyPricesByOriginTotal1767000000002 } from './1767000000002-CreateShipmentMonthlyPricesByOriginTotal';
import { PropagateAggregateDeltas1767100000000 } from './1767100000000-PropagateAggregateDeltas';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  CreateShipments1764400000000,
  CreateFxRates1764500000000,
  CreateShipmentMonthlyRollup1764500000001,
  CreateShipmentMonthlyByDimension1764500000002,
  CreateReports1764600000000,
  CreateUsersAndSessions1764800000000,
  CreateApiKeys1764800000001,
  CreateAuditLog1764800000002,
  AddShipmentRouteDetailAndApiGravity1764900000000,
  CreateTargets1764900000001,
  CreateShipmentSources1764900000002,
  DropLowValueShipmentIndexes1765000000000,
  AddShipmentDestinationCountry1766000000000,
  CreateOfficialTradeFlows1766100000000,
  CreateSavedViews1766200000000,
  AddReportDeliveryAndAlerts1766300000000,
  CreateCacheVersions1766500000000,
  AddShipmentPriceBasis1766650000000,
  CreateBenchmarks1766650000001,
  AddChokepointsRiskScoresAndProduction1766600000000,
  AddAllImporterTotals1766800000000,
  CreateShipmentMonthlySeaLanes1766800000001,
  CreateShipmentMonthlyPrices1766800000002,
  CreateShipmentMonthlyOriginCurrency1766800000003,
  CreateShipmentMonthlyFlows1766900000000,
  CreateShipmentMonthlyLoadingPrices1767000000000,
  CreateShipmentMonthlyPricesByOrigin1767000000001,
  CreateShipmentMonthlyPricesByOriginTotal1767000000002,
  PropagateAggregateDeltas1767100000000,
];
