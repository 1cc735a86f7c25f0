/**
 * Orders strings by code unit, as dates, ids and paths in the records sort.
 * localeCompare would build an ICU collator, costing a command run by hand
 * five milliseconds to order ASCII.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
