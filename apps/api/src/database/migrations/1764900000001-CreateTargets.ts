import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Policy targets ("Russian crude 100,000 b/d", "GCC share below 60%"); see libs/domain targets. */
export class CreateTargets1764900000001 implements MigrationInterface {
  name = 'CreateTargets1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "targets" (
        "id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "kind" character varying(16) NOT NULL,
        "dimension" character varying(16) NOT NULL,
        "key" character varying(200) NOT NULL,
        "commodity" character varying(16),
        "value" numeric(20,6) NOT NULL,
        "unit" character varying(8) NOT NULL,
        "basis" character varying(8) NOT NULL DEFAULT 'volume',
        "notes" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_targets" PRIMARY KEY ("id"),
        CONSTRAINT "ck_targets_kind" CHECK ("kind" IN ('flow_rate_min', 'flow_rate_max', 'share_min', 'share_max')),
        CONSTRAINT "ck_targets_unit" CHECK ("unit" IN ('bbl/d', 'kb/d', 't/d', 'share')),
        CONSTRAINT "ck_targets_value_positive" CHECK ("value" > 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "targets"`);
  }
}
