import { isCountryCode, portName, type Shipment } from '@tradeflow/domain';
import { countryLabel, modeLabel } from '../../format/labels';

/** A country the cargo passes through on its way, with the port it left or reached there. */
export interface RouteStop {
  country: string;
  name: string;
  role: 'origin' | 'transit' | 'destination';
  /** 'Ust-Luga (RUULU)' at the origin, 'Karachi (PKKHI)' at the destination. */
  port: string | null;
}

/** How the cargo went from one stop to the next. */
export interface RouteHop {
  mode: string;
  modeName: string;
  /** Countries crossed on the way (a leg's `via`). */
  via: string[];
}

export interface RouteView {
  stops: RouteStop[];
  /** hops[i] joins stops[i] and stops[i + 1]. */
  hops: RouteHop[];
  /** Every country passed through apart from the origin and the destination, in travel order. */
  transitCountries: string[];
  /** Whether the legs were recorded (else the route is drawn from mode and transit countries). */
  fromLegs: boolean;
  stsTransferPoint: string | null;
}

const portText = (code: string | null) => (code ? `${portName(code) ?? code} (${code})` : null);

/** The country of a UN/LOCODE ('PKKHI' -> 'PK'), when it names one. */
function portCountry(code: string | null): string | null {
  const country = code?.slice(0, 2) ?? null;
  return country && isCountryCode(country) ? country : null;
}

/**
 * The route of a shipment as stops and hops: from its legs when recorded (RU -> OM by sea, OM -> PK by
 * sea), else from the origin, the transit countries and the discharge port's country. The origin stays
 * the origin: a ship-to-ship transfer off Oman or a truck through Afghanistan makes Oman or Afghanistan
 * a transit country, never a supplier.
 */
export function routeView(shipment: Shipment): RouteView {
  const legs = shipment.legs ?? [];
  const destination = legs.length ? (legs[legs.length - 1]?.to ?? null) : portCountry(shipment.dischargePort);
  const countries = legs.length
    ? [legs[0]?.from ?? shipment.originCountry, ...legs.map((leg) => leg.to)]
    : [
        shipment.originCountry,
        ...(shipment.transitCountries ?? []),
        ...(destination && destination !== shipment.originCountry ? [destination] : []),
      ];
  const hops: RouteHop[] = legs.length
    ? legs.map((leg) => ({ mode: leg.mode, modeName: modeLabel(leg.mode), via: leg.via ?? [] }))
    : countries.slice(1).map(() => ({
        mode: shipment.transportMode,
        modeName: modeLabel(shipment.transportMode),
        via: [],
      }));
  const last = countries.length - 1;
  const stops: RouteStop[] = countries.map((country, i) => ({
    country,
    name: countryLabel(country),
    role: i === 0 ? 'origin' : i === last && country === destination ? 'destination' : 'transit',
    port: i === 0 ? portText(shipment.loadPort) : i === last ? portText(shipment.dischargePort) : null,
  }));

  const passed: string[] = [];
  const add = (country: string) => {
    if (country !== shipment.originCountry && country !== destination && !passed.includes(country)) {
      passed.push(country);
    }
  };
  legs.forEach((leg) => {
    (leg.via ?? []).forEach(add);
    add(leg.to);
  });
  (shipment.transitCountries ?? []).forEach(add);
  // Legs list their countries in travel order; transit countries recorded without legs come after.
  return {
    stops,
    hops,
    transitCountries: passed,
    fromLegs: legs.length > 0,
    stsTransferPoint: shipment.stsTransferPoint,
  };
}
