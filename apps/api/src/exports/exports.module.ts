import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ShipmentsExportService } from './shipments-export.service';

@Module({
  controllers: [ExportsController],
  providers: [ShipmentsExportService],
  exports: [ShipmentsExportService],
})
export class ExportsModule {}
