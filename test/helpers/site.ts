/** The pages every site has, whatever its records: the kinds the site's tests open. */
export const SITE_PAGES = [
  'index.html',
  'avtalen.html',
  'moter/index.html',
  'beslutninger.html',
  'arsplaner.html',
  'forlengelser.html',
  'evaluering.html',
  'sok.html',
  'tilgjengelighet.html',
];
