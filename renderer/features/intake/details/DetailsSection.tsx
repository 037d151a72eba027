/**
 * A matter's own fields (intake.details), rendered from its field list. Values, rules and
 * messages come from shared/forms; this only lays them out and hides fields whose showWhen
 * does not hold (the schema skips the same ones).
 */
import { Typography } from 'antd';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../../shared/domain/matter/application';
import type { FieldSpec } from '../../../../shared/domain/matter/form-fields';
import { isFieldShown } from '../../../../shared/domain/matter/field-visibility';
import { GroupFieldList } from './GroupFieldList';
import { ScalarFieldRow } from './ScalarFieldRow';

interface Props {
  control: Control<IntakeValues, unknown, Intake>;
  fields: readonly FieldSpec[];
}

export function DetailsSection({ control, fields }: Props) {
  // The paths come from catalog data ("details.<key>"), which RHF's typed paths cannot
  // spell, so the widgets work on the untyped view of the same control.
  const looseControl = control as unknown as Control<FieldValues>;
  const values: unknown = useWatch({ control: looseControl, name: 'details' });
  const siblings = values !== null && typeof values === 'object' ? (values as Record<string, unknown>) : {};
  if (fields.length === 0) return null;
  return (
    <section data-testid="details-section">
      <Typography.Title level={5}>事项信息</Typography.Title>
      {fields
        .filter((field) => isFieldShown(field, siblings))
        .map((field) =>
          field.kind === 'group' ? (
            <GroupFieldList key={field.key} control={looseControl} name={`details.${field.key}`} spec={field} />
          ) : (
            <ScalarFieldRow key={field.key} control={looseControl} name={`details.${field.key}`} spec={field} />
          ),
        )}
    </section>
  );
}
