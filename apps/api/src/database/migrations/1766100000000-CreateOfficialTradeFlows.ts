import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official statistics (UN Comtrade monthly imports), apart from the cargo records: one row per
 * importer (reporter), partner, HS code, month and flow, the key a re-import updates.
 */
export class CreateOfficialTradeFlows1766100000000 implements MigrationInterface {
  name = 'CreateOfficialTradeFlows1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "official_trade_flows" (
        "importer_country" character varying(2) NOT NULL,
        "partner_country" character varying(2) NOT NULL,
        "cmd_code" character varying(6) NOT NULL,
        "month" date NOT NULL,
        "flow_code" character varying(2) NOT NULL,
        "commodity" character varying(16) NOT NULL,
        "volume_tonnes" numeric(20,3) NOT NULL,
        "value_usd" numeric(20,2) NOT NULL,
        "cif_value_usd" numeric(20,2),
        "fob_value_usd" numeric(20,2),
        "weight_source" character varying(16) NOT NULL,
        "is_net_wgt_estimated" boolean,
        "is_qty_estimated" boolean,
        "is_reported" boolean,
        "is_aggregate" boolean,
        "legacy_estimation_flag" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_official_trade_flows" PRIMARY KEY ("importer_country", "partner_country", "cmd_code", "month", "flow_code"),
        CONSTRAINT "ck_official_trade_flows_commodity" CHECK ("commodity" IN ('crude_oil', 'lpg')),
        CONSTRAINT "ck_official_trade_flows_weight_source" CHECK ("weight_source" IN ('net_weight', 'quantity'))
      )`);
    // Analytics read by month range (the key starts with the importer, which a month range does not bound).
    await queryRunner.query(
      `CREATE INDEX "ix_official_trade_flows_month" ON "official_trade_flows" ("month")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "official_trade_flows"`);
  }
}
