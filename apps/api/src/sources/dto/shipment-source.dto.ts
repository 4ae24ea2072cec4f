import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  RecordSourceResult,
  ShipmentSource,
  ShipmentSourceInput,
  ShipmentSourceList,
} from '@tradeflow/domain';
import { ShipmentDto } from '../../shipments/dto/shipment.dto';

/** Documents the source body; validation is validateShipmentSourceInput (libs/domain). */
export class ShipmentSourceInputDto implements ShipmentSourceInput {
  @ApiPropertyOptional({
    nullable: true,
    maxLength: 2000,
    example: 'https://example.org/pakistan-russia-oil',
  })
  url?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    maxLength: 200,
    example: 'Discharge report, Karachi',
    description: 'A document without a URL; a source needs a url or a documentName',
  })
  documentName?: string | null;
  @ApiPropertyOptional({ nullable: true, maxLength: 200, example: 'Karachi Port Trust' })
  publisher?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date', example: '2023-06-13' })
  publishedDate?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    example: 45142,
    description: 'The volume this source reports (t, 3 decimals)',
  })
  volumeTonnes?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    example: null,
    description: 'The value it reports, with paymentCurrency',
  })
  valueAmount?: number | null;
  @ApiPropertyOptional({ nullable: true, example: null })
  paymentCurrency?: string | null;
  @ApiPropertyOptional({ nullable: true, maxLength: 2000, example: 'Figure after discharge survey' })
  note?: string | null;
}

export class ShipmentSourceDto implements ShipmentSource {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  shipmentId!: string;
  @ApiProperty({ nullable: true, type: String, example: null })
  url!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Discharge report, Karachi' })
  documentName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Karachi Port Trust' })
  publisher!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2023-06-13' })
  publishedDate!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 45142 })
  volumeTonnes!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: null })
  valueAmount!: number | null;
  @ApiProperty({ nullable: true, type: String, example: null })
  paymentCurrency!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null })
  note!: string | null;
  @ApiProperty({
    example: false,
    description: "This source's figures are the shipment's (at most one per shipment)",
  })
  isRecord!: boolean;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class ShipmentSourceListDto implements ShipmentSourceList {
  @ApiProperty({ format: 'uuid' })
  shipmentId!: string;
  @ApiProperty({
    type: [ShipmentSourceDto],
    description: 'The source of record first, then by published date (newest first), then by creation',
  })
  items!: ShipmentSourceDto[];
}

export class RecordSourceResultDto implements RecordSourceResult {
  @ApiProperty({ type: ShipmentDto, description: "The shipment with the source's figures" })
  shipment!: ShipmentDto;
  @ApiProperty({ type: [ShipmentSourceDto] })
  sources!: ShipmentSourceDto[];
}
