import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Named dashboard views shared with the team; a name is unique whatever its case (name_key is its lower case). */
export class CreateSavedViews1766200000000 implements MigrationInterface {
  name = 'CreateSavedViews1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "saved_views" (
        "id" uuid NOT NULL,
        "name" character varying(80) NOT NULL,
        "name_key" character varying(80) NOT NULL,
        "path" character varying(40) NOT NULL,
        "query" character varying(2000) NOT NULL DEFAULT '',
        "owner_type" character varying(16) NOT NULL,
        "owner_id" uuid,
        "owner_name" character varying(128) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_saved_views" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_saved_views_name_key" ON "saved_views" ("name_key")`);
    await queryRunner.query(`CREATE INDEX "ix_saved_views_created_at" ON "saved_views" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_views"`);
  }
}
