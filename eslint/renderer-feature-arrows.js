// Lint rule for the renderer's inner layering. The shell (renderer/app) composes the features;
// features never import the shell. A feature imports another feature only along an arrow
// declared in FEATURE_ARROWS (which must stay acyclic); what several features need lives in a
// neutral place (renderer/workstation, ui, data, sync, bridge, catalog, pdf), and neutral
// places import neither features nor the shell.
import path from 'node:path';

/** feature -> the features it may import. Adding an arrow? Keep the graph acyclic. */
export const FEATURE_ARROWS = {
  intake: ['attachments', 'camera', 'cases', 'documents', 'id-card', 'matter-picker', 'receipt', 'refusal'],
  supervision: ['cases', 'dashboard', 'export'],
  'daily-report': ['cases', 'export', 'printing'],
  cases: ['attachments', 'camera', 'certificates', 'conflicts', 'documents', 'holiday-calendar', 'rating', 'receipt', 'refusal'],
  settings: ['holiday-calendar', 'printing'],
  'matter-guide': ['matter-picker'],
  certificates: ['documents', 'printing'],
  receipt: ['documents', 'printing'],
  documents: ['printing'],
  attachments: ['printing'],
  camera: ['attachments'],
};

function assertAcyclic(arrows) {
  const done = new Set();
  const visit = (feature, trail) => {
    if (trail.includes(feature)) throw new Error(`FEATURE_ARROWS has a cycle: ${[...trail, feature].join(' -> ')}`);
    if (done.has(feature)) return;
    for (const next of arrows[feature] ?? []) visit(next, [...trail, feature]);
    done.add(feature);
  };
  for (const feature of Object.keys(arrows)) visit(feature, []);
}
assertAcyclic(FEATURE_ARROWS);

/** 'app', 'features/<name>', a neutral folder name, or '' for files at the renderer root. */
function areaOf(rendererRelative) {
  const [first, second] = rendererRelative.split(path.sep);
  if (first === 'features' && second) return `features/${second}`;
  return rendererRelative.includes(path.sep) ? first : '';
}

export const rendererFeatureArrows = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{reason}} (see ARCHITECTURE.md, renderer layering).' } },
  create(context) {
    const rendererRoot = path.join(context.cwd, 'renderer');
    const from = path.relative(rendererRoot, context.filename);
    if (from.startsWith('..')) return {};
    const source = areaOf(from);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = path.relative(rendererRoot, path.resolve(path.dirname(context.filename), specifier));
      if (to.startsWith('..')) return;
      const target = areaOf(to);
      if (target === source || source === '') return;
      let reason = null;
      if (target === 'app') reason = 'Only the renderer entry imports the shell (renderer/app)';
      else if (target.startsWith('features/') && source === 'app') reason = null;
      else if (target.startsWith('features/') && !source.startsWith('features/')) {
        reason = `${source}/ is a shared place: it must not import a feature (${target})`;
      } else if (target.startsWith('features/')) {
        const allowed = FEATURE_ARROWS[source.slice('features/'.length)] ?? [];
        if (!allowed.includes(target.slice('features/'.length))) {
          reason = `${source} may not import ${target}: share it through renderer/workstation or ui, or declare the arrow in eslint/renderer-feature-arrows.js`;
        }
      }
      if (reason) context.report({ node: node.source, messageId: 'forbidden', data: { reason } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
