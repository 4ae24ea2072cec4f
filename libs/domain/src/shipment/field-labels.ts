/**
 * How the dashboard names a field to a person. The API's `field` keeps the code name (`arrivalDate`,
 * `value_amount`); messages shown on screen say "arrival date". One table for the JSON fields and
 * the CSV columns (the CSV column is the snake_case of the JSON field).
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  reference: 'reference',
  commodity: 'commodity',
  originCountry: 'origin country',
  loadPort: 'load port',
  dischargePort: 'discharge port',
  transportMode: 'transport mode',
  transitCountries: 'transit countries',
  volumeTonnes: 'volume',
  volumeBarrels: 'volume in barrels',
  valueAmount: 'value',
  paymentCurrency: 'payment currency',
  contractDate: 'contract date',
  departureDate: 'departure date',
  arrivalDate: 'arrival date',
  vesselName: 'vessel name',
  vesselImo: 'IMO number',
  importer: 'importer',
  status: 'status',
  notes: 'notes',
  destinationCountry: 'importing country',
  priceBasis: 'price basis',
  apiGravity: 'API gravity',
  stsTransferPoint: 'ship-to-ship transfer point',
  legs: 'legs',
  usdPerUnit: 'USD per unit',
  currency: 'currency',
  date: 'date',
  createdAt: 'created',
  updatedAt: 'last changed',
  sourceCount: 'sources',
  username: 'username',
  password: 'password',
  role: 'role',
  name: 'name',
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** 'arrivalDate' and 'arrival_date' -> 'arrival date'; 'legs[1].mode' -> 'legs 2: mode'; unknown names stay. */
export function fieldLabel(field: string): string {
  const item = /^(\w+)\[(\d+)\]\.?(\w*)$/.exec(field);
  if (item) {
    const [, list = '', index = '0', inner = ''] = item;
    const head = `${fieldLabel(list)} ${Number(index) + 1}`;
    return inner ? `${head}: ${fieldLabel(inner)}` : head;
  }
  return FIELD_LABELS[camel(field)] ?? field;
}

const FIELD_NAME = new RegExp(
  `\\b(${Object.keys(FIELD_LABELS)
    .filter((name) => /[A-Z]/.test(name))
    .flatMap((name) => [name, name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)])
    .join('|')})\\b`,
  'g',
);

/** A message of the API with the code names of fields in it worded for people. */
export function wordFieldNames(message: string): string {
  return message.replace(FIELD_NAME, (name) => fieldLabel(name));
}
