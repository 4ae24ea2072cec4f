import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHOKEPOINT_CODES,
  type ChokepointCode,
  type Page,
  PRICE_BASES,
  type PriceBasis,
  type Shipment,
  type ShipmentLeg,
  type ShipmentStatus,
} from '@tradeflow/domain';
import { ShipmentInputDto } from './shipment-input.dto';

export class ShipmentDto extends ShipmentInputDto implements Shipment {
  @ApiProperty({ format: 'uuid', description: 'Derived from reference (md5 as UUID)' })
  id!: string;

  @ApiProperty({ description: 'volumeTonnes times barrelsPerTonne, to 3 decimals', example: 329850 })
  volumeBarrels!: number;

  @ApiProperty({
    description:
      "The factor volumeBarrels was computed with: the commodity's published factor (GET /api/settings " +
      'conversionFactors), or the one from apiGravity',
    example: 7.33,
  })
  barrelsPerTonne!: number;

  @ApiPropertyOptional({
    description: 'Listings only: the number of recorded sources (GET /api/shipments/:id/sources)',
    example: 3,
  })
  sourceCount?: number;

  @ApiProperty({
    description: "The importing country: as given, else the discharge port's country, else HOME_COUNTRY",
    example: 'PK',
  })
  declare destinationCountry: string;

  @ApiProperty({
    enum: PRICE_BASES,
    description: 'The delivery term of the value: as given, else unknown',
    example: 'CIF',
  })
  declare priceBasis: PriceBasis;

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
  declare apiGravity: number | null;
  declare stsTransferPoint: string | null;
  declare legs: ShipmentLeg[] | null;
  declare chokepoints: ChokepointCode[] | null;

  @ApiProperty({
    enum: CHOKEPOINT_CODES,
    isArray: true,
    description:
      'The chokepoints the shipment passes: its chokepoints override, else derived by the sea-lane table when ' +
      'it was written ([] for road, rail and pipeline)',
    example: ['hormuz'],
  })
  chokepointsPassed!: ChokepointCode[];
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
