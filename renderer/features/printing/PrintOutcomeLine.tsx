/**
 * The line under a print button saying where the last copy went. When it was only saved, or
 * the printer failed, 打开文件夹 opens the 打印文件 folder through the host: the clerk finds
 * the file without ever reading a path.
 */
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { PRINTS_FOLDER_LABEL } from '../../../shared/bridge/print-channels';
import { bridge, unwrap } from '../../bridge/bridge';
import type { PrintOutcomeText } from './send-pdf';

const TEXT_TYPE = { ok: 'success', warning: 'warning', error: 'danger' } as const;

function OpenPrintsFolderButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    setProblem(null);
    try {
      const { opened } = unwrap(await bridge().openPrintsFolder({}));
      if (!opened) setProblem('无法打开文件夹，请联系系统管理员');
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <>
      <Button size="small" type="link" onClick={() => void open()} data-testid="open-prints-folder">
        打开“{PRINTS_FOLDER_LABEL}”文件夹
      </Button>
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </>
  );
}

export function PrintOutcomeLine({ outcome, testId }: { outcome: PrintOutcomeText | null; testId: string }) {
  if (!outcome) return null;
  return (
    <Space size={4} wrap>
      <Typography.Text type={TEXT_TYPE[outcome.kind]} data-testid={testId}>
        {outcome.text}
      </Typography.Text>
      {outcome.offerFolder && <OpenPrintsFolderButton />}
    </Space>
  );
}
