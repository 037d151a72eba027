import { Typography } from 'antd';
import { useState } from 'react';
import { maskIdNumber } from '../../../shared/domain/validators/id-number';

/**
 * A 公民身份号码 masked by default (the drawer is often read with the applicant at the
 * counter); the handling clerk who has to check it against a register reveals it.
 */
export function IdNumberText({ value }: { value: string }) {
  const [shown, setShown] = useState(false);
  return (
    <span>
      <span data-testid="id-number">{shown ? value : maskIdNumber(value)}</span>{' '}
      <Typography.Link onClick={() => setShown(!shown)}>{shown ? '隐藏' : '显示'}</Typography.Link>
    </span>
  );
}
