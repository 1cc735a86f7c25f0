/** How every template is compiled, built-in ones at build time included: Markdown, strict, our helpers only. */
const TEMPLATE_HELPERS = ['date', 'datetime', 'cell', 'partyName', 'partyShort'] as const;

export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(TEMPLATE_HELPERS.map((helper) => [helper, true])),
};
