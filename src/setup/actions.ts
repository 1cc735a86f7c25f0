/**
 * The GitHub Actions every workflow the tool writes (and this repository's own) uses, each pinned by
 * the commit its release tag names: a tag can be moved to other code, a commit cannot. The version is
 * the comment after it, as Dependabot and Renovate read and update it. All run on Node 24.
 */
export const ACTIONS = {
  checkout: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
  setupNode: 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  uploadPagesArtifact: 'actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0',
  deployPages: 'actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0',
} as const;

/** The Node.js the workflows run the tool on: a supported release (Node 20's life ended in April 2026). */
export const WORKFLOW_NODE = 24;
