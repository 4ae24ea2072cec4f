import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHOKEPOINT_CODES,
  CHOKEPOINT_SOURCE,
  type ChokepointCode,
  type CommodityCode,
  COMMODITIES,
  SHIPMENT_LIMITS,
  SHIPMENT_STATUSES,
  type ShipmentInput,
  type ShipmentLeg,
  type ShipmentStatus,
  PRICE_BASES,
  type PriceBasis,
  TRANSPORT_MODES,
  type TransportMode,
} from '@tradeflow/domain';

export class ShipmentLegDto implements ShipmentLeg {
  @ApiProperty({ enum: TRANSPORT_MODES, example: 'rail' })
  mode!: TransportMode;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country the leg starts in', example: 'RU' })
  from!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country the leg ends in', example: 'UZ' })
  to!: string;

  @ApiPropertyOptional({ description: 'Countries crossed, in order', type: [String], example: ['KZ'] })
  via?: string[];
}

/**
 * Documents the shipment body in OpenAPI. Validation is done by ShipmentInputPipe with the rules
 * from @tradeflow/domain, the same ones the CSV importer and the dashboard form use.
 */
export class ShipmentInputDto implements ShipmentInput {
  @ApiProperty({
    description: 'Natural key: bill of lading or cargo reference, unique, 1-64 characters',
    example: 'PK-RU-CRUDE-2023-001',
    minLength: 1,
    maxLength: 64,
  })
  reference!: string;

  @ApiProperty({ enum: COMMODITIES.map((c) => c.code), example: 'crude_oil' })
  commodity!: CommodityCode;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code of the supplying country', example: 'RU' })
  originCountry!: string;

  @ApiPropertyOptional({ description: 'UN/LOCODE of the loading port', example: 'RUULU', nullable: true })
  loadPort?: string | null;

  @ApiPropertyOptional({ description: 'UN/LOCODE of the discharge port', example: 'PKKHI', nullable: true })
  dischargePort?: string | null;

  @ApiPropertyOptional({
    description:
      'ISO 3166-1 alpha-2 code of the importing country (CSV column destination_country). When absent: ' +
      "the discharge port's country, else the server setting HOME_COUNTRY (GET /api/settings homeCountry). " +
      'A discharge port in another country is a 400 naming destinationCountry and dischargePort',
    example: 'PK',
    nullable: true,
  })
  destinationCountry?: string | null;

  @ApiPropertyOptional({
    enum: PRICE_BASES,
    description:
      'The delivery term valueAmount is quoted on (CSV column price_basis): FOB (at the load port), CFR ' +
      '(with freight), CIF (with freight and insurance), DES (delivered ex ship). Absent or null: unknown. ' +
      'Landed-price analytics can be read per basis (GET /api/analytics/prices?priceBasis=CIF)',
    example: 'CIF',
    nullable: true,
  })
  priceBasis?: PriceBasis | null;

  @ApiPropertyOptional({
    description:
      'Sea only: the chokepoints the cargo passed, overriding the sea-lane table (e.g. `["cape_of_good_hope"]` ' +
      'for a cargo that went round the Cape instead of through Suez; `[]` for none). null or absent: derived ' +
      'from loadPort (else originCountry), stsTransferPoint and dischargePort (else destinationCountry); see ' +
      `chokepointsPassed. CSV column chokepoints (codes joined by |, \`none\` for [], empty for derived). Source of the table: ${CHOKEPOINT_SOURCE}.`,
    enum: CHOKEPOINT_CODES,
    isArray: true,
    nullable: true,
    example: null,
  })
  chokepoints?: ChokepointCode[] | null;

  @ApiProperty({ enum: TRANSPORT_MODES, example: 'sea' })
  transportMode!: TransportMode;

  @ApiPropertyOptional({
    description: 'ISO 3166-1 alpha-2 codes of the transit countries, in order',
    example: [],
    type: [String],
  })
  transitCountries?: string[];

  @ApiProperty({ description: 'Metric tonnes, > 0, at most 3 decimals', example: 45000 })
  volumeTonnes!: number;

  @ApiPropertyOptional({
    description: 'Cargo value in paymentCurrency, >= 0, at most 2 decimals; give both or neither',
    example: 150000000,
    nullable: true,
  })
  valueAmount?: number | null;

  @ApiPropertyOptional({ description: 'ISO 4217 currency of the payment', example: 'CNY', nullable: true })
  paymentCurrency?: string | null;

  @ApiPropertyOptional({ format: 'date', example: '2023-04-20', nullable: true })
  contractDate?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    description: 'On or before arrivalDate',
    example: '2023-05-20',
    nullable: true,
  })
  departureDate?: string | null;

  @ApiProperty({ format: 'date', description: 'The date analytics bucket on', example: '2023-06-11' })
  arrivalDate!: string;

  @ApiPropertyOptional({ example: 'Pure Point', nullable: true })
  vesselName?: string | null;

  @ApiPropertyOptional({
    description: '7-digit IMO number with a valid check digit',
    example: '9074729',
    nullable: true,
  })
  vesselImo?: string | null;

  @ApiPropertyOptional({ example: 'Pakistan Refinery Ltd', nullable: true })
  importer?: string | null;

  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES, default: 'delivered' })
  status?: ShipmentStatus;

  @ApiPropertyOptional({ example: 'First Russian crude cargo, paid in yuan', nullable: true })
  notes?: string | null;

  @ApiPropertyOptional({
    description:
      `JSON API only (not a CSV column). Crude only: API gravity, ${SHIPMENT_LIMITS.apiGravity.min} to ` +
      `${SHIPMENT_LIMITS.apiGravity.max}, at most 2 decimals. volumeBarrels then uses ` +
      'bbl/t = 1 / (0.158987 x SG), SG = 141.5 / (131.5 + API), rounded to 4 decimals, instead of 7.33',
    example: 31.5,
    nullable: true,
    minimum: SHIPMENT_LIMITS.apiGravity.min,
    maximum: SHIPMENT_LIMITS.apiGravity.max,
  })
  apiGravity?: number | null;

  @ApiPropertyOptional({
    description: 'JSON API only. Ship-to-ship transfer point: free text up to 100 characters, or a UN/LOCODE',
    example: 'off Sohar, Oman',
    nullable: true,
    maxLength: 100,
  })
  stsTransferPoint?: string | null;

  @ApiPropertyOptional({
    description:
      'JSON API only. Legs of a multi-leg route in travel order (at most 10): contiguous (each starts ' +
      "where the previous ended), the last leg's mode equal to transportMode",
    type: [ShipmentLegDto],
    nullable: true,
    example: [
      { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
      { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
    ],
  })
  legs?: ShipmentLeg[] | null;
}
