/**
 * IMO ship identification number: 7 digits whose last is the check digit, the sum of the first
 * six weighted 7, 6, 5, 4, 3, 2, modulo 10 (IMO Resolution A.1117(30)). E.g. 9074729.
 */
export function isValidImo(s: string): boolean {
  if (!/^\d{7}$/.test(s)) return false;
  const weighted = [7, 6, 5, 4, 3, 2].reduce((sum, weight, i) => sum + weight * Number(s[i]), 0);
  return weighted % 10 === Number(s[6]);
}
