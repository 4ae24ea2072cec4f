import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ExportsModule } from '../exports/exports.module';
import { HOST_RESOLVER, type ResolveAll } from '../common/host-resolver';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { WebhookAddressPolicy } from './delivery/webhook-address-policy';
import { EmailDelivery } from './delivery/email-delivery';
import { MailSender } from './delivery/mail-sender';
import { WebhookDelivery } from './delivery/webhook-delivery';
import { WebhookSender } from './delivery/webhook-sender';
import { ReportDeliveryEntity } from './report-delivery.entity';
import { JobQueue } from './queue/job-queue.service';
import { ReportFileEntity } from './report-file.entity';
import { ReportRunEntity } from './report-run.entity';
import { ReportEntity } from './report.entity';
import { ReportsLifecycle } from './reports-lifecycle';
import { ReportDownloadsController, ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportCsvWriter } from './runs/report-csv-writer';
import { ReportRunner } from './runs/report-runner';
import { ReportScheduler } from './schedule/report-scheduler';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReportEntity, ReportRunEntity, ReportFileEntity, ReportDeliveryEntity]),
    ExportsModule,
  ],
  controllers: [ReportsController, ReportDownloadsController],
  providers: [
    ReportsService,
    JobQueue,
    ReportScheduler,
    ReportRunner,
    ReportCsvWriter,
    WebhookDelivery,
    WebhookSender,
    EmailDelivery,
    MailSender,
    {
      provide: WebhookAddressPolicy,
      inject: [APP_CONFIG, HOST_RESOLVER],
      useFactory: ({ reports }: AppConfig, resolveHost: ResolveAll) =>
        new WebhookAddressPolicy(
          {
            allowPrivateNetwork: reports.webhookAllowPrivateNetwork,
            allowedHosts: reports.webhookAllowedHosts,
          },
          resolveHost,
        ),
    },
    ReportsLifecycle,
  ],
  // Alerts schedule on the same pg-boss and send through the same senders.
  exports: [ReportScheduler, JobQueue, WebhookSender, WebhookAddressPolicy, MailSender],
})
export class ReportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes(
        { path: 'reports', method: RequestMethod.POST },
        { path: 'reports/:id', method: RequestMethod.PATCH },
      );
  }
}
