import { Entity, PrimaryColumn } from 'typeorm';
import { VolumeCellMeasures } from './aggregate-cell-measures';

/**
 * Per month, importing country, status, commodity, origin, mode, transit route and discharge port,
 * the shipments and their volume, summed from the shipments by their triggers (migration
 * CreateShipmentMonthlyFlows). Read by the origin -> route -> port diagram; never written by the
 * application.
 */
@Entity({ name: 'shipment_monthly_flows' })
export class ShipmentMonthlyFlowsEntity extends VolumeCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  @PrimaryColumn({ name: 'transport_mode', type: 'varchar', length: 16 })
  transportMode!: string;

  /** Transit countries joined by '|' ('UZ|AF'), '' for none. */
  @PrimaryColumn({ name: 'transit_route', type: 'text' })
  transitRoute!: string;

  /** UN/LOCODE of the discharge port, '' for none. */
  @PrimaryColumn({ name: 'discharge_port', type: 'varchar', length: 5 })
  dischargePort!: string;
}
