import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReports1764600000000 implements MigrationInterface {
  name = 'CreateReports1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "kind" character varying(16) NOT NULL,
        "params" jsonb NOT NULL,
        "cron" character varying(100) NOT NULL,
        "timezone" character varying(64) NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "webhook_url" text,
        "webhook_secret" character varying(128),
        "schedule_from" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reports" PRIMARY KEY ("id"),
        CONSTRAINT "ck_reports_kind" CHECK ("kind" IN ('shipments', 'timeseries', 'concentration'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "report_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "trigger" character varying(16) NOT NULL,
        "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        "window_from" date,
        "window_to" date,
        "row_count" integer,
        "bytes" bigint,
        "error" text,
        "delivery_status" character varying(16) NOT NULL DEFAULT 'none',
        "delivery_attempts" integer NOT NULL DEFAULT 0,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        "delivery_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_report_runs" PRIMARY KEY ("id"),
        CONSTRAINT "ck_report_runs_trigger" CHECK ("trigger" IN ('schedule', 'manual')),
        CONSTRAINT "ck_report_runs_status" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed')),
        CONSTRAINT "ck_report_runs_delivery_status" CHECK ("delivery_status" IN ('none', 'pending', 'delivered', 'failed')),
        CONSTRAINT "fk_report_runs_report" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE
      )`);
    // The final guard of "each scheduled slot runs exactly once", whatever the number of instances.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_report_runs_slot" ON "report_runs" ("report_id", "scheduled_for") WHERE "trigger" = 'schedule'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_runs_report" ON "report_runs" ("report_id", "scheduled_for")`,
    );
    await queryRunner.query(`
      CREATE TABLE "report_files" (
        "run_id" uuid NOT NULL,
        "file_name" character varying(200) NOT NULL,
        "content_gzip" bytea NOT NULL,
        "sha256" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_report_files" PRIMARY KEY ("run_id"),
        CONSTRAINT "fk_report_files_run" FOREIGN KEY ("run_id") REFERENCES "report_runs"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_files"`);
    await queryRunner.query(`DROP TABLE "report_runs"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
