import { ReportFileEntity } from '../reports/report-file.entity';
import { ReportRunEntity } from '../reports/report-run.entity';
import { ReportEntity } from '../reports/report.entity';
import { ShipmentEntity } from '../shipments/shipment.entity';

/** Every TypeORM entity; the schema-drift test compares them with what the migrations build. */
export const ENTITIES = [ShipmentEntity, ReportEntity, ReportRunEntity, ReportFileEntity];
