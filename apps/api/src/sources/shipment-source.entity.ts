import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One source of a shipment's figures; keyed by shipment first (co-located with shipments on Citus).
 * Deleted with its shipment by triggers, not a foreign key (see migration CreateShipmentSources).
 */
@Entity({ name: 'shipment_sources' })
@Check('ck_shipment_sources_url_or_document', `"url" IS NOT NULL OR "document_name" IS NOT NULL`)
@Check('ck_shipment_sources_volume_positive', `"volume_tonnes" > 0`)
@Check('ck_shipment_sources_value_with_currency', `("value_amount" IS NULL) = ("payment_currency" IS NULL)`)
@Index('uq_shipment_sources_record', { synchronize: false })
export class ShipmentSourceEntity {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ name: 'document_name', type: 'varchar', length: 200, nullable: true })
  documentName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  publisher!: string | null;

  @Column({ name: 'published_date', type: 'date', nullable: true })
  publishedDate!: string | null;

  @Column({ name: 'volume_tonnes', type: 'numeric', precision: 15, scale: 3, nullable: true })
  volumeTonnes!: string | null;

  @Column({ name: 'value_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  valueAmount!: string | null;

  @Column({ name: 'payment_currency', type: 'varchar', length: 3, nullable: true })
  paymentCurrency!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'is_record', type: 'boolean', default: false })
  isRecord!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
