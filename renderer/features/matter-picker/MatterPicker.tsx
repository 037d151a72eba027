/**
 * Finding a matter in seconds, keyboard first: type Chinese, pinyin initials (sbk), full
 * pinyin (wufanzuijilu) or a code (CY-06); ↑/↓ move, Enter chooses, Esc clears. With an
 * empty box it lists this window's usual matters first and browses by category. Searching
 * is shared/catalog-search; this component only renders and records the choice.
 */
import { Empty, Flex, Input, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import type { Matter } from '../../../shared/domain/matter/matter';
import { matterUsageRepo } from '../../data/matter-usage.repo';
import { CategoryChips } from './CategoryChips';
import { MatterResultItem } from './MatterResultItem';
import { useMatterIndex } from './matter-index';
import { useMatterUsage } from './use-matter-usage';
import { useResultCursor } from './use-result-cursor';

export interface MatterPickerProps {
  /** The chosen matter's code, '' for none. */
  value: string;
  onChange(code: string): void;
  id?: string;
  autoFocus?: boolean;
}

/** Enough to scroll through; a longer list means the query should be longer. */
const MAX_RESULTS = 50;

export function MatterPicker({ value, onChange, id, autoFocus }: MatterPickerProps) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const usage = useMatterUsage();
  // The guide page is opened to search: its picker asks for the index at once.
  const index = useMatterIndex(true);
  const listId = `${useId()}-results`;

  const hits = useMemo(() => index?.search(query, { usage, category }) ?? [], [index, query, usage, category]);
  const results = useMemo(() => hits.slice(0, MAX_RESULTS).map((hit) => hit.matter), [hits]);

  const choose = (matter: Matter) => {
    onChange(matter.code);
    void matterUsageRepo.record(matter.code);
  };
  const { active, setActive, onKeyDown } = useResultCursor({
    results,
    onChoose: choose,
    onClear: () => setQuery(''),
  });
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <Flex vertical gap={8}>
      <Input
        id={id}
        autoFocus={autoFocus}
        allowClear
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="输入事项名称、拼音首字母（如 sbk）、全拼或编码（如 CY-06）"
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
        aria-label="查找事项"
        autoComplete="off"
      />
      <CategoryChips categories={index?.categories ?? []} value={category} onChange={setCategory} />
      <Typography.Text type="secondary" data-testid="matter-result-count">
        {!index
          ? '正在准备事项目录…'
          : query.trim()
            ? `找到 ${hits.length} 项`
            : category
              ? `${category}：${hits.length} 项`
              : '常用事项在前'}
        {hits.length > MAX_RESULTS && `，显示前 ${MAX_RESULTS} 项`}
      </Typography.Text>
      {!index ? null : results.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到事项，试试拼音首字母或事项编码" />
      ) : (
        <ul
          id={listId}
          role="listbox"
          aria-label="事项"
          style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }}
        >
          {results.map((matter, i) => (
            <MatterResultItem
              key={matter.code}
              id={optionId(i)}
              matter={matter}
              active={i === active}
              chosen={matter.code === value}
              used={(usage.get(matter.code) ?? 0) > 0}
              onChoose={() => choose(matter)}
              onHover={() => setActive(i)}
            />
          ))}
        </ul>
      )}
    </Flex>
  );
}
