import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMODITIES,
  groupKeyProblem,
  isCommodityCode,
  isCountryCode,
  isCurrencyCode,
  isTransportMode,
  isWellFormedLocode,
  NO_PORT_KEY,
  SHIPMENT_STATUSES,
  type ShipmentFilters,
  TRANSPORT_MODES,
} from '@tradeflow/domain';
import {
  IsOptional,
  IsString,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  type ValidationArguments,
} from 'class-validator';
import { CommaList, IsCodeList, IsIsoDateString } from './code-list.validators';

@ValidatorConstraint({ name: 'fromNotAfterTo' })
class FromNotAfterTo implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = (args.object as ShipmentFiltersQuery).from;
    return typeof from !== 'string' || typeof to !== 'string' || from <= to;
  }
  defaultMessage(args: ValidationArguments): string {
    return `from (${(args.object as ShipmentFiltersQuery).from}) must not be after to (${args.value})`;
  }
}

const isStatus = (value: string) => (SHIPMENT_STATUSES as readonly string[]).includes(value);
const isRouteKey = (value: string) => groupKeyProblem('route', value) === null;
const isPortOrNone = (value: string) => value === NO_PORT_KEY || isWellFormedLocode(value);

/** The shipment filters shared by listing, analytics and exports. */
export class ShipmentFiltersQuery implements ShipmentFilters {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Arrival date on or after (inclusive)',
    example: '2023-01-01',
  })
  @IsOptional()
  @IsIsoDateString()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Arrival date on or before (inclusive)',
    example: '2023-12-31',
  })
  @IsOptional()
  @IsIsoDateString()
  @Validate(FromNotAfterTo)
  to?: string;

  @ApiPropertyOptional({
    description: `Commodity codes, comma-separated (${COMMODITIES.map((c) => c.code).join(', ')})`,
    example: 'crude_oil,lpg',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isCommodityCode, 'commodity')
  commodity?: string[];

  @ApiPropertyOptional({
    description: 'Origin countries (ISO 3166-1 alpha-2), comma-separated',
    example: 'SA,AE,RU',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isCountryCode, 'ISO 3166-1 alpha-2 country code')
  origin?: string[];

  @ApiPropertyOptional({
    description: 'Payment currencies (ISO 4217), comma-separated',
    example: 'USD,CNY',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isCurrencyCode, 'ISO 4217 currency code')
  currency?: string[];

  @ApiPropertyOptional({
    description: `Transport modes, comma-separated (${TRANSPORT_MODES.join(', ')})`,
    example: 'sea',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isTransportMode, 'transport mode')
  mode?: string[];

  @ApiPropertyOptional({
    description: `Statuses, comma-separated (${SHIPMENT_STATUSES.join(', ')})`,
    example: 'delivered',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isStatus, 'status')
  status?: string[];

  @ApiPropertyOptional({
    description: 'Text search over reference, vessel name, importer and notes (case-insensitive)',
    example: 'Pure Point',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description:
      'Route keys, comma-separated, as the route groupBy spells them: the transport mode, then " via " ' +
      'and the transit countries joined by | (`sea`, `road via UZ|AF`)',
    example: 'road via UZ|AF',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isRouteKey, 'route key')
  route?: string[];

  @ApiPropertyOptional({
    description: `Loading ports (UN/LOCODE), comma-separated; \`${NO_PORT_KEY}\` matches shipments without one`,
    example: 'RUULU',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isPortOrNone, 'UN/LOCODE')
  loadPort?: string[];

  @ApiPropertyOptional({
    description: `Discharge ports (UN/LOCODE), comma-separated; \`${NO_PORT_KEY}\` matches shipments without one`,
    example: 'PKKHI',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isPortOrNone, 'UN/LOCODE')
  dischargePort?: string[];

  @ApiPropertyOptional({
    description:
      'Importing countries (ISO 3166-1 alpha-2), comma-separated. Shares and HHI are computed within the ' +
      'selection: one importer gives its own concentration, several or none pool their imports',
    example: 'PK',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isCountryCode, 'ISO 3166-1 alpha-2 country code')
  destination?: string[];
}
