import { Flex, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { Matter } from '../../../shared/domain/matter/matter';

interface Props {
  matter: Matter;
  id: string;
  active: boolean;
  chosen: boolean;
  used: boolean;
  onChoose(): void;
  onHover(): void;
}

/** One result: name and code first (what the clerk reads), then category and modes. */
export function MatterResultItem({ matter, id, active, chosen, used, onChoose, onHover }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  // ↑/↓ past the visible part of the list must bring the active row into view.
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li
      ref={ref}
      id={id}
      role="option"
      aria-selected={active}
      data-code={matter.code}
      // mousedown, not click: keeps focus in the search box for the next keystroke.
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose();
      }}
      onMouseEnter={onHover}
      style={{
        padding: '6px 12px',
        cursor: 'pointer',
        background: active ? '#fde8e8' : undefined,
        borderLeft: `3px solid ${chosen ? '#b71c1c' : 'transparent'}`,
      }}
    >
      <Flex justify="space-between" gap={8}>
        <Typography.Text strong>{matter.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {matter.code}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={4} style={{ marginTop: 2 }}>
        <Tag color="red">{matter.category}</Tag>
        {matter.modes.map((mode) => (
          <Tag key={mode}>{mode}</Tag>
        ))}
        {used && <Tag color="gold">常用</Tag>}
        {chosen && <Tag color="green">已选</Tag>}
      </Flex>
    </li>
  );
}
