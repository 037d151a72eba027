/** The card's status line for the draft: restoring, saving, or when it was last saved. */
import { Typography } from 'antd';
import { useSyncExternalStore } from 'react';
import type { DraftSaveState } from './draft-save-state';

export function DraftStatus({ restored, saveState }: { restored: boolean; saveState: DraftSaveState }) {
  const { saving, savedAt } = useSyncExternalStore(saveState.subscribe, saveState.current);
  return (
    <Typography.Text type="secondary" data-testid="draft-status">
      {!restored
        ? '正在恢复草稿…'
        : saving
          ? '正在保存草稿…'
          : savedAt
            ? `草稿已自动保存 ${savedAt.toLocaleTimeString('zh-CN')}`
            : '草稿自动保存'}
    </Typography.Text>
  );
}
