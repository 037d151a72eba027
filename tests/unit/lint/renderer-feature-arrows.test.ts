import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { rendererFeatureArrows } from '../../../eslint/renderer-feature-arrows.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });
const inRenderer = (file: string) => path.join(process.cwd(), 'renderer', file);

tester.run('renderer feature arrows', rendererFeatureArrows, {
  valid: [
    { filename: inRenderer('app/WorkstationShell.tsx'), code: "import { IntakePage } from '../features/intake/IntakePage';" },
    {
      filename: inRenderer('features/intake/IntakePage.tsx'),
      code: "import { useWorkstation } from '../../workstation/workstation-context';",
    },
    { filename: inRenderer('features/intake/DuplicateWarning.tsx'), code: "import { CaseDetailDrawer } from '../cases/CaseDetailDrawer';" },
    {
      filename: inRenderer('features/cases/actions/RatingForm.tsx'),
      code: "import { openRatingWindow } from '../../rating/open-rating-window';",
    },
    { filename: inRenderer('main.tsx'), code: "import { App } from './app/App';" },
  ],
  invalid: [
    {
      filename: inRenderer('features/intake/IntakePage.tsx'),
      code: "import { x } from '../../app/WorkstationShell';",
      errors: [{ messageId: 'forbidden' }],
    },
    // The arrow runs intake -> cases only: the way back is a cycle.
    {
      filename: inRenderer('features/cases/actions/use-it.ts'),
      code: "import { openingFor } from '../../intake/open-case';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: inRenderer('workstation/use-case-action.ts'),
      code: "export { x } from '../features/cases/x';",
      errors: [{ messageId: 'forbidden' }],
    },
    { filename: inRenderer('data/cases.repo.ts'), code: "const page = import('../app/App');", errors: [{ messageId: 'forbidden' }] },
  ],
});
