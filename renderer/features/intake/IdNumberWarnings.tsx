import { Typography } from 'antd';
import { parseIdNumber } from '../../../shared/domain/validators/id-number';

/**
 * What the ID validator warns about without refusing (a 15-digit first-generation number, an
 * address code no longer in GB/T 2260), under the input: the clerk decides, nothing blocks.
 */
export function IdNumberWarnings({ value }: { value: unknown }) {
  const text = typeof value === 'string' ? value : '';
  const parsed = text.trim().length >= 15 ? parseIdNumber(text) : undefined;
  const warnings = parsed?.ok ? (parsed.warnings ?? []) : [];
  return (
    <>
      {warnings.map((warning) => (
        <Typography.Text key={warning} type="warning" data-testid="field-warning">
          {warning}
        </Typography.Text>
      ))}
    </>
  );
}
