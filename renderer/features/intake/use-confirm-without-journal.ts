/**
 * The question the window asks when the disk journal could not take a new case: going on
 * stores the case in the browser's database only, which the journal exists to back up.
 */
import { App } from 'antd';
import { useCallback } from 'react';
import type { ConfirmWithoutJournal } from '../../data/event-journal';

export function useConfirmWithoutJournal(): ConfirmWithoutJournal {
  const { modal } = App.useApp();
  return useCallback(
    async (reason: string) =>
      (await modal.confirm({
        title: '磁盘日志未能写入，本件没有磁盘备份',
        content: `${reason}。继续：本件只保存在本机浏览器数据库中，在同步到交换平台之前，若该数据库损坏或被清除，本件无法恢复。取消：本件不保存，填写的内容保留。`,
        okText: '不经磁盘日志继续',
        okButtonProps: { danger: true },
        cancelText: '取消',
      })) === true,
    [modal],
  );
}
