// Lint rule for shared/'s inner layering. Each area of shared/ (a top-level folder, or a
// sub-folder of domain/ and documents/) imports only the areas below it in SHARED_ARROWS;
// files of one area import each other freely. The table must stay acyclic, so every arrow
// points one way: util at the bottom, the domain's validators and calendar under the matter,
// the case over the matter, documents and sync over the domain, the bridge on top.
import path from 'node:path';

const DOMAIN_BASE = [
  'domain/validators',
  'domain/calendar',
  'domain/region',
  'domain/matter',
  'domain/seal',
  'domain/scans',
  'domain/case',
];
const DOMAIN = ['domain', ...DOMAIN_BASE];
const DOCUMENT_LAYOUT = ['documents/font', 'documents/layout', 'documents/receipt', 'documents/official'];

/** area -> the areas it may import. */
export const SHARED_ARROWS = {
  util: [],
  cryptography: ['util'],
  'domain/validators': ['util'],
  'domain/calendar': ['util'],
  'domain/region': ['domain/validators', 'util'],
  'domain/matter': ['domain/validators', 'domain/region', 'domain/calendar', 'util'],
  'domain/seal': ['domain/case', 'cryptography', 'util'],
  'domain/scans': [],
  'domain/case': ['domain/validators', 'domain/region', 'domain/calendar', 'domain/matter', 'cryptography', 'util'],
  domain: [...DOMAIN_BASE, 'cryptography', 'util'],
  devices: [...DOMAIN, 'util'],
  'catalog-search': [...DOMAIN, 'util'],
  forms: [...DOMAIN, 'util'],
  sync: [...DOMAIN, 'cryptography', 'util'],
  'documents/font': [],
  'documents/layout': ['documents/font', ...DOMAIN, 'util'],
  'documents/receipt': ['documents/font', 'documents/layout', ...DOMAIN, 'forms', 'util'],
  'documents/official': ['documents/font', 'documents/layout', 'documents/receipt', ...DOMAIN, 'util'],
  'documents/notices': [...DOCUMENT_LAYOUT, ...DOMAIN, 'forms', 'util'],
  'documents/certificates': [...DOCUMENT_LAYOUT, ...DOMAIN, 'util'],
  'documents/reports': [...DOCUMENT_LAYOUT, ...DOMAIN, 'sync', 'util'],
  'documents/material-list': [...DOCUMENT_LAYOUT, ...DOMAIN, 'forms', 'util'],
  documents: [
    ...DOCUMENT_LAYOUT,
    'documents/notices',
    'documents/certificates',
    'documents/reports',
    'documents/material-list',
    ...DOMAIN,
    'forms',
    'sync',
    'util',
  ],
  export: ['documents', 'documents/reports', 'documents/official', ...DOMAIN, 'sync', 'util'],
  bridge: ['cryptography', 'devices', ...DOMAIN, 'sync', 'util'],
};

function assertAcyclic(arrows) {
  const done = new Set();
  const visit = (area, trail) => {
    if (trail.includes(area)) throw new Error(`SHARED_ARROWS has a cycle: ${[...trail, area].join(' -> ')}`);
    if (done.has(area)) return;
    for (const next of arrows[area] ?? []) visit(next, [...trail, area]);
    done.add(area);
  };
  for (const area of Object.keys(arrows)) visit(area, []);
}
assertAcyclic(SHARED_ARROWS);

/** 'util', 'domain' (its root files), 'domain/case', 'documents/receipt', … */
export function sharedAreaOf(sharedRelative) {
  const parts = sharedRelative.split(path.sep);
  if (parts.length === 1) return '';
  if ((parts[0] === 'domain' || parts[0] === 'documents') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

export const sharedArrows = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{reason}} (see ARCHITECTURE.md, shared layering).' } },
  create(context) {
    const sharedRoot = path.join(context.cwd, 'shared');
    const from = path.relative(sharedRoot, context.filename);
    if (from.startsWith('..')) return {};
    const source = sharedAreaOf(from);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = path.relative(sharedRoot, path.resolve(path.dirname(context.filename), specifier));
      if (to.startsWith('..')) return;
      const target = sharedAreaOf(to);
      if (target === source) return;
      const allowed = SHARED_ARROWS[source];
      if (allowed === undefined) {
        context.report({
          node: node.source,
          messageId: 'forbidden',
          data: { reason: `shared/${source || from} is not in SHARED_ARROWS (eslint/shared-arrows.js): give it a place` },
        });
      } else if (!allowed.includes(target)) {
        context.report({
          node: node.source,
          messageId: 'forbidden',
          data: { reason: `shared/${source} may not import shared/${target}: the arrow points the other way or is not declared` },
        });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
