export interface Region {
  code: string;
  name: string;
  countries: readonly string[];
}

/** The region code for countries that belong to no region (Antarctica) and for unknown codes. */
export const OTHER_REGION = 'OTHER';

const codes = (list: string): readonly string[] => list.trim().split(/\s+/);

/**
 * A partition of every ISO 3166-1 country, used as a groupBy. Supplier regions as an oil-import
 * analyst reads them, otherwise UN M49 continents (dependencies with their M49 continent).
 * RUSSIA_CIS is Russia, Belarus, the Caucasus and Central Asia (Georgia included for its place
 * on the Caspian-Black Sea routes); Ukraine and Moldova are in EUROPE, Türkiye and Cyprus too,
 * Egypt and the rest of North Africa in AFRICA.
 */
export const REGIONS: readonly Region[] = [
  { code: 'GCC', name: 'Gulf Cooperation Council', countries: codes('SA AE KW QA OM BH') },
  { code: 'MIDDLE_EAST_OTHER', name: 'Other Middle East', countries: codes('IQ IR YE JO SY LB IL PS') },
  { code: 'RUSSIA_CIS', name: 'Russia and CIS', countries: codes('RU BY KZ UZ TM KG TJ AZ AM GE') },
  { code: 'SOUTH_ASIA', name: 'South Asia', countries: codes('AF PK IN BD LK NP BT MV') },
  {
    code: 'EAST_ASIA_PACIFIC',
    name: 'East Asia and Pacific',
    countries: codes(`
      CN HK MO TW JP KR KP MN
      BN KH ID LA MY MM PH SG TH TL VN
      AU NZ PG FJ SB VU NC PF WS TO TV KI NR MH FM PW CK NU TK WF PN NF CX CC GU MP AS UM HM`),
  },
  {
    code: 'AFRICA',
    name: 'Africa',
    countries: codes(`
      DZ EG LY MA TN EH SD SS
      AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ
      NA NE NG RE RW SC SH SL SN SO ST SZ TD TG TZ UG YT ZA ZM ZW IO TF`),
  },
  {
    code: 'EUROPE',
    name: 'Europe',
    countries: codes(`
      AD AL AT AX BA BE BG CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT
      LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SJ SK SM TR UA VA`),
  },
  {
    code: 'AMERICAS',
    name: 'Americas',
    countries: codes(`
      AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY
      HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI`),
  },
  { code: OTHER_REGION, name: 'Other (Antarctica, unassigned)', countries: codes('AQ') },
];

const regionByCountry = new Map(REGIONS.flatMap((r) => r.countries.map((c) => [c, r.code] as const)));
const nameByRegion = new Map(REGIONS.map((r) => [r.code, r.name]));

/** Region code of a country; OTHER for a code that no region lists. */
export function regionOf(country: string): string {
  return regionByCountry.get(country) ?? OTHER_REGION;
}

export function regionName(code: string): string | undefined {
  return nameByRegion.get(code);
}
