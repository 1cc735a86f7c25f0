/** Where records live in a repository (FORMAT.md, "Layout"). */
export const AGREEMENT_PATH = 'agreement/agreement.md';
