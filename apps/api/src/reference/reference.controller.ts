import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMODITIES, COUNTRIES, CURRENCIES, PORTS, REGIONS, TRANSPORT_MODES } from '@tradeflow/domain';

/** The code tables that ship with @tradeflow/domain; they change only with a release, so cache them. */
@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  @Get('countries')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'ISO 3166-1 alpha-2 countries' })
  @ApiOkResponse({ schema: { example: [{ code: 'PK', name: 'Pakistan' }] } })
  countries() {
    return COUNTRIES;
  }

  @Get('currencies')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'ISO 4217 currencies' })
  @ApiOkResponse({ schema: { example: [{ code: 'CNY', name: 'Yuan Renminbi', minorUnits: 2 }] } })
  currencies() {
    return CURRENCIES;
  }

  @Get('commodities')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Commodities with HS codes and barrels-per-tonne factors (with their sources)' })
  @ApiOkResponse({
    schema: {
      example: [
        { code: 'crude_oil', name: 'Crude oil', hsCode: '2709', barrelsPerTonne: 7.33, factorSource: '...' },
      ],
    },
  })
  commodities() {
    return COMMODITIES;
  }

  @Get('ports')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Known ports (UN/LOCODE); other well-formed codes are accepted too' })
  @ApiOkResponse({ schema: { example: [{ code: 'PKKHI', name: 'Karachi', country: 'PK' }] } })
  ports() {
    return PORTS;
  }

  @Get('regions')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Region groups of countries (e.g. GCC), used as a groupBy' })
  @ApiOkResponse({
    schema: {
      example: [
        { code: 'GCC', name: 'Gulf Cooperation Council', countries: ['SA', 'AE', 'KW', 'QA', 'OM', 'BH'] },
      ],
    },
  })
  regions() {
    return REGIONS;
  }

  @Get('transport-modes')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Transport modes' })
  transportModes() {
    return TRANSPORT_MODES;
  }
}
