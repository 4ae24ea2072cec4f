/**
 * The barrels-per-tonne factor of an API gravity in SQL numeric, the same value as libs/domain
 * shipmentBarrelsPerTonne (1 / (0.158987294928 x 141.5 / (131.5 + API)), rounded to 4 decimals);
 * a test compares the two for every API gravity the rules accept. For writes that happen in SQL
 * (the CSV import's update of a stored cargo that has an API gravity).
 */
export function apiGravityFactorSql(apiGravity: string): string {
  return `round(1 / (0.158987294928 * (141.5 / (131.5 + ${apiGravity}))), 4)`;
}
