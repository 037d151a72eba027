/**
 * Checks the QR text of a 受理回执 against the provinces' published workstation keys.
 *
 *   tsx hub/bin/verify-receipt.ts --hub http://hub51 --hub http://hub50 "CYTB2:…"   (or the QR's address, …/r/CYTB2:…)
 *   tsx hub/bin/verify-receipt.ts --hub … --save-keys keys.json      (fetch once, keep)
 *   tsx hub/bin/verify-receipt.ts --keys keys.json "CYTB2:…"          (offline)
 *
 * Exit code 0 when the receipt is genuine, 1 when it is not, 2 on usage errors.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { provinceName } from '../../shared/domain/region/provinces';
import { verifySealedQr, type PublishedKey } from '../../shared/domain/seal/receipt-seal';
import { sealedCodeFrom } from '../../shared/domain/seal/receipt-verify-url';
import { publishedKeysResponseSchema } from '../../shared/sync/protocol';

const keyListSchema = z.array(publishedKeysResponseSchema.shape.keys.element);

async function fetchKeys(hubs: string[]): Promise<PublishedKey[]> {
  const lists = await Promise.all(
    hubs.map(async (hub) => publishedKeysResponseSchema.parse(await (await fetch(new URL('/v1/keys', hub))).json()).keys),
  );
  return lists.flat();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { hub: { type: 'string', multiple: true, default: [] }, keys: { type: 'string' }, 'save-keys': { type: 'string' } },
  });
  const keys = values.keys ? keyListSchema.parse(JSON.parse(await readFile(values.keys, 'utf8'))) : await fetchKeys(values.hub);
  if (values['save-keys']) {
    await writeFile(values['save-keys'], JSON.stringify(keys, null, 2));
    console.log(`已保存 ${keys.length} 个工作站公钥：${values['save-keys']}`);
  }
  const [qr] = positionals;
  if (!qr) return values['save-keys'] ? 0 : (console.error('用法：verify-receipt.ts (--hub URL… | --keys FILE) "二维码内容"'), 2);
  // A scanner reads an address (the receipt page + the sealed code) or the bare code.
  const verdict = await verifySealedQr(sealedCodeFrom(qr) ?? qr, keys);
  if (!verdict.valid) {
    console.log(`✗ 回执无效：${verdict.reason}`);
    return 1;
  }
  console.log(
    `✓ 回执真实有效：办件编号 ${verdict.fields.caseNumber}，由${provinceName(verdict.key.province)}大厅 ${verdict.key.hallCode} 的工作站 ${verdict.key.workstationId} 签发`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`校验失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
