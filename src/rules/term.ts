import { message } from '../messages/catalogue.js';
import { extensionRefusals } from '../term/extension.js';
import type { Rule } from './rule.js';

/**
 * §7: "Den kan forlenges med ett år av gangen i påvente av gjennomført evaluering."
 * Each extension must be one the parties could agree on top of those before it.
 */
export const term: Rule = {
  id: 'term',
  clause: 'term',
  severity: 'error',
  messages: [
    'term/extension-refused',
    'term/extension-after-termination',
    'term/extension-after-evaluation',
    'term/already-runs-through',
    'term/next-extension-from',
    'term/decided-after-lapse',
    'term/decided-before-signing',
  ],
  description:
    'each extension follows on the term it extends and runs `extension_years` years; it is decided before that term ran out, after signing, not after a notice of termination, and while the evaluation is pending',
  check({ records }, report) {
    const { agreement } = records;
    agreement.data.extensions.forEach((extension, index) => {
      const before = { ...agreement.data, extensions: agreement.data.extensions.slice(0, index) };
      for (const { field, reason } of extensionRefusals(before, extension.year, extension.decided)) {
        report(
          agreement.at(['extensions', index, field]),
          message('term/extension-refused', { year: extension.year, reason }),
        );
      }
    });
  },
};
