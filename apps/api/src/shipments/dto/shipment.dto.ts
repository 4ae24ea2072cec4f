import { ApiProperty } from '@nestjs/swagger';
import type { Page, Shipment, ShipmentStatus } from '@tradeflow/domain';
import { ShipmentInputDto } from './shipment-input.dto';

export class ShipmentDto extends ShipmentInputDto implements Shipment {
  @ApiProperty({ format: 'uuid', description: 'Derived from reference (md5 as UUID)' })
  id!: string;

  @ApiProperty({ description: 'volumeTonnes times the commodity barrels-per-tonne factor', example: 329850 })
  volumeBarrels!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  declare loadPort: string | null;
  declare dischargePort: string | null;
  declare transitCountries: string[];
  declare valueAmount: number | null;
  declare paymentCurrency: string | null;
  declare contractDate: string | null;
  declare departureDate: string | null;
  declare vesselName: string | null;
  declare vesselImo: string | null;
  declare importer: string | null;
  declare status: ShipmentStatus;
  declare notes: string | null;
}

export class ShipmentPageDto implements Page<Shipment> {
  @ApiProperty({ type: [ShipmentDto] })
  items!: ShipmentDto[];

  @ApiProperty({ description: 'Number of shipments matching the filters' })
  total!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ description: 'Offset of the first item (0 when paging by cursor)' })
  offset!: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to fetch the next page; null on the last page',
  })
  nextCursor!: string | null;
}
