import { isCountryCode } from './countries';

export interface Port {
  code: string;
  name: string;
  country: string;
}

/**
 * Known UN/LOCODEs for the ports in the import story (load ports of the suppliers, Pakistan's
 * discharge ports, common transshipment hubs). Only gives names: any well-formed code is accepted.
 */
export const PORTS: readonly Port[] = [
  { code: 'AEAUH', name: 'Abu Dhabi', country: 'AE' },
  { code: 'AEFJR', name: 'Fujairah', country: 'AE' },
  { code: 'AEJEA', name: 'Jebel Ali', country: 'AE' },
  { code: 'AEKLF', name: 'Khor Fakkan', country: 'AE' },
  { code: 'AERUW', name: 'Ruwais', country: 'AE' },
  { code: 'CNNGB', name: 'Ningbo', country: 'CN' },
  { code: 'CNSHA', name: 'Shanghai', country: 'CN' },
  { code: 'INMUN', name: 'Mundra', country: 'IN' },
  { code: 'INNSA', name: 'Nhava Sheva', country: 'IN' },
  { code: 'INSIK', name: 'Sikka', country: 'IN' },
  { code: 'IQBSR', name: 'Basrah', country: 'IQ' },
  { code: 'IQUQR', name: 'Umm Qasr', country: 'IQ' },
  { code: 'IRBND', name: 'Bandar Abbas', country: 'IR' },
  { code: 'KWKWI', name: 'Kuwait', country: 'KW' },
  { code: 'KWMEA', name: 'Mina al Ahmadi', country: 'KW' },
  { code: 'MYPGU', name: 'Pasir Gudang', country: 'MY' },
  { code: 'MYPKG', name: 'Port Klang', country: 'MY' },
  { code: 'MYTPP', name: 'Tanjung Pelepas', country: 'MY' },
  { code: 'NLRTM', name: 'Rotterdam', country: 'NL' },
  { code: 'OMMFH', name: 'Mina al Fahal', country: 'OM' },
  { code: 'OMSLL', name: 'Salalah', country: 'OM' },
  { code: 'OMSOH', name: 'Sohar', country: 'OM' },
  { code: 'PKBQM', name: 'Muhammad Bin Qasim (Port Qasim)', country: 'PK' },
  { code: 'PKGWD', name: 'Gwadar', country: 'PK' },
  { code: 'PKKHI', name: 'Karachi', country: 'PK' },
  { code: 'QADOH', name: 'Doha', country: 'QA' },
  { code: 'QARLF', name: 'Ras Laffan', country: 'QA' },
  { code: 'RUMMK', name: 'Murmansk', country: 'RU' },
  { code: 'RUNVS', name: 'Novorossiysk', country: 'RU' },
  { code: 'RUPRI', name: 'Primorsk', country: 'RU' },
  { code: 'RUTUA', name: 'Tuapse', country: 'RU' },
  { code: 'RUULU', name: 'Ust-Luga', country: 'RU' },
  { code: 'RUVVO', name: 'Vladivostok', country: 'RU' },
  { code: 'SADMM', name: 'Dammam', country: 'SA' },
  { code: 'SAJED', name: 'Jeddah', country: 'SA' },
  { code: 'SAJUB', name: 'Jubail', country: 'SA' },
  { code: 'SARTA', name: 'Ras Tanura', country: 'SA' },
  { code: 'SAYNB', name: 'Yanbu', country: 'SA' },
  { code: 'SGSIN', name: 'Singapore', country: 'SG' },
  { code: 'USHOU', name: 'Houston', country: 'US' },
];

const nameByCode = new Map(PORTS.map((p) => [p.code, p.name]));

/** UN/LOCODE shape: ISO 3166-1 country code, then 3 of A-Z or 2-9 (0 and 1 are never used). */
export function isWellFormedLocode(code: string): boolean {
  return /^[A-Z]{2}[A-Z2-9]{3}$/.test(code) && isCountryCode(code.slice(0, 2));
}

export function portName(code: string): string | undefined {
  return nameByCode.get(code);
}
