import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail delivery, XLSX and alerts: report format, skip-if-empty and e-mail recipients; deliveries
 * per run and channel (the webhook's state moves there from report_runs); download links for files
 * too large to attach; alerts and their evaluations.
 */
export class AddReportDeliveryAndAlerts1766300000000 implements MigrationInterface {
  name = 'AddReportDeliveryAndAlerts1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alerts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "metric" character varying(32) NOT NULL, "params" jsonb NOT NULL, "operator" character varying(8) NOT NULL, "threshold" double precision, "window" character varying(32) NOT NULL, "cron" character varying(100) NOT NULL, "timezone" character varying(64) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "email_to" text array NOT NULL DEFAULT '{}', "webhook_url" text, "webhook_secret" character varying(128), "remind_every" character varying(32), "state" character varying(16) NOT NULL DEFAULT 'ok', "last_value" double precision, "last_evaluated_at" TIMESTAMP WITH TIME ZONE, "last_notified_at" TIMESTAMP WITH TIME ZONE, "schedule_from" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_alerts_state" CHECK ("state" IN ('ok', 'triggered')), CONSTRAINT "ck_alerts_operator" CHECK ("operator" IN ('above', 'below')), CONSTRAINT "ck_alerts_metric" CHECK ("metric" IN ('share', 'hhi', 'flow_rate', 'target', 'days_since_last_arrival')), CONSTRAINT "PK_alerts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_evaluations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "alert_id" uuid NOT NULL, "trigger" character varying(16) NOT NULL, "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE, "value" double precision, "threshold" double precision, "state" character varying(16), "notification" character varying(16), "window_from" date, "window_to" date, "error" text, "delivery_status" character varying(16), "delivery_attempts" integer NOT NULL DEFAULT '0', "delivery_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_alert_evaluations_delivery_status" CHECK ("delivery_status" IN ('pending', 'delivered', 'failed')), CONSTRAINT "ck_alert_evaluations_notification" CHECK ("notification" IN ('triggered', 'resolved', 'reminder')), CONSTRAINT "ck_alert_evaluations_trigger" CHECK ("trigger" IN ('schedule', 'manual')), CONSTRAINT "PK_alert_evaluations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_alert_evaluations_alert" ON "alert_evaluations" ("alert_id", "scheduled_for")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_alert_evaluations_slot" ON "alert_evaluations" ("alert_id", "scheduled_for") WHERE "trigger" = 'schedule'`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_deliveries" ("run_id" uuid NOT NULL, "channel" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_report_deliveries_status" CHECK ("status" IN ('pending', 'delivered', 'failed')), CONSTRAINT "ck_report_deliveries_channel" CHECK ("channel" IN ('email', 'webhook')), CONSTRAINT "PK_report_deliveries" PRIMARY KEY ("run_id", "channel"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_download_links" ("token_sha256" character varying(64) NOT NULL, "run_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_report_download_links" PRIMARY KEY ("token_sha256"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_download_links_run" ON "report_download_links" ("run_id")`,
    );
    await queryRunner.query(`ALTER TABLE "reports" ADD "format" character varying(8) NOT NULL DEFAULT 'csv'`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "skip_if_empty" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "email_to" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "reports" ADD "email_subject" character varying(200)`);
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "ck_reports_format" CHECK ("format" IN ('csv', 'xlsx'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_evaluations" ADD CONSTRAINT "fk_alert_evaluations_alert" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_deliveries" ADD CONSTRAINT "fk_report_deliveries_run" FOREIGN KEY ("run_id") REFERENCES "report_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_download_links" ADD CONSTRAINT "fk_report_download_links_run" FOREIGN KEY ("run_id") REFERENCES "report_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "report_deliveries" ("run_id", "channel", "status", "attempts", "last_error", "delivered_at")
       SELECT "id", 'webhook', "delivery_status", "delivery_attempts", "delivery_error", "delivered_at"
         FROM "report_runs" WHERE "delivery_status" <> 'none'`,
    );
    await queryRunner.query(`ALTER TABLE "report_runs" DROP CONSTRAINT "ck_report_runs_delivery_status"`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP COLUMN "delivery_attempts"`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP COLUMN "delivered_at"`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP COLUMN "delivery_status"`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP COLUMN "delivery_error"`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP CONSTRAINT "ck_report_runs_trigger"`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD CONSTRAINT "ck_report_runs_trigger" CHECK ("trigger" IN ('schedule', 'manual', 'test'))`,
    );
    await queryRunner.query(`ALTER TABLE "report_runs" DROP CONSTRAINT "ck_report_runs_status"`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD CONSTRAINT "ck_report_runs_status" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed', 'skipped'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "report_runs" WHERE "trigger" = 'test'`);
    await queryRunner.query(`UPDATE "report_runs" SET "status" = 'succeeded' WHERE "status" = 'skipped'`);
    await queryRunner.query(`ALTER TABLE "report_runs" DROP CONSTRAINT "ck_report_runs_status"`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD CONSTRAINT "ck_report_runs_status" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'))`,
    );
    await queryRunner.query(`ALTER TABLE "report_runs" DROP CONSTRAINT "ck_report_runs_trigger"`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD CONSTRAINT "ck_report_runs_trigger" CHECK ("trigger" IN ('schedule', 'manual'))`,
    );
    await queryRunner.query(`ALTER TABLE "report_runs" ADD "delivery_error" text`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD "delivery_status" character varying(16) NOT NULL DEFAULT 'none'`,
    );
    await queryRunner.query(`ALTER TABLE "report_runs" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "report_runs" ADD "delivery_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "report_runs" ADD CONSTRAINT "ck_report_runs_delivery_status" CHECK ("delivery_status" IN ('none', 'pending', 'delivered', 'failed'))`,
    );
    await queryRunner.query(
      `UPDATE "report_runs" r SET "delivery_status" = d."status", "delivery_attempts" = d."attempts",
         "delivery_error" = d."last_error", "delivered_at" = d."delivered_at"
         FROM "report_deliveries" d WHERE d."run_id" = r."id" AND d."channel" = 'webhook'`,
    );
    await queryRunner.query(`DROP TABLE "report_download_links"`);
    await queryRunner.query(`DROP TABLE "report_deliveries"`);
    await queryRunner.query(`DROP TABLE "alert_evaluations"`);
    await queryRunner.query(`DROP TABLE "alerts"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "ck_reports_format"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "email_subject"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "email_to"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "skip_if_empty"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "format"`);
  }
}
