import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SHARED_ARROWS, sharedAreaOf, sharedArrows } from '../../../eslint/shared-arrows.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });
const inShared = (file: string) => path.join(process.cwd(), 'shared', file);

tester.run('shared arrows', sharedArrows, {
  valid: [
    { filename: inShared('domain/case/case-events.ts'), code: "import { HANDLING_MODES } from '../matter/matter';" },
    { filename: inShared('domain/case/case-state.ts'), code: "import { x } from './case-log';" },
    { filename: inShared('documents/notices/refusal-notice.ts'), code: "import { officialPage } from '../official/official-page';" },
    { filename: inShared('documents/document-registry.ts'), code: "import { receiptDocument } from './receipt/receipt';" },
    { filename: inShared('bridge/contract.ts'), code: "import { documentSettingsSchema } from '../domain/document-settings';" },
  ],
  invalid: [
    // The matter is below the case: a matter that knew cases would close a cycle.
    {
      filename: inShared('domain/matter/matter.ts'),
      code: "import { x } from '../case/case-state';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: inShared('domain/matter/matter.ts'),
      code: "import { x } from '../../documents/certificates/certificate-data';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: inShared('domain/calendar/working-days.ts'),
      code: "export { x } from '../matter/matter';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: inShared('documents/notices/refusal-notice.ts'),
      code: "import { x } from '../certificates/certificate';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: inShared('sync/protocol.ts'),
      code: "const m = import('../documents/document-registry');",
      errors: [{ messageId: 'forbidden' }],
    },
    { filename: inShared('newplace/thing.ts'), code: "import { x } from '../util/base32';", errors: [{ messageId: 'forbidden' }] },
  ],
});

describe('the shared areas', () => {
  it('names the area by its top folder, or by its sub-folder inside domain and documents', () => {
    expect(sharedAreaOf(path.join('domain', 'case', 'case-state.ts'))).toBe('domain/case');
    expect(sharedAreaOf(path.join('domain', 'document-settings.ts'))).toBe('domain');
    expect(sharedAreaOf(path.join('sync', 'protocol.ts'))).toBe('sync');
  });

  it('declares only areas that exist as arrow targets', () => {
    for (const targets of Object.values(SHARED_ARROWS)) for (const target of targets) expect(Object.keys(SHARED_ARROWS)).toContain(target);
  });
});
