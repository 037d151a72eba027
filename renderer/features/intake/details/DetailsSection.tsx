/**
 * A matter's own fields (intake.details), rendered from its field list. Values, rules and
 * messages come from shared/forms; this only lays them out and hides fields whose showWhen
 * does not hold (the schema skips the same ones).
 */
import { Typography } from 'antd';
import type { Control, FieldValues } from 'react-hook-form';
import type { Intake, IntakeValues } from '../../../../shared/domain/matter/application';
import type { FieldSpec } from '../../../../shared/domain/matter/form-fields';
import { GroupFieldList } from './GroupFieldList';
import { ScalarFieldRow } from './ScalarFieldRow';
import { useShownFields } from './use-shown-fields';

interface Props {
  control: Control<IntakeValues, unknown, Intake>;
  fields: readonly FieldSpec[];
}

export function DetailsSection({ control, fields }: Props) {
  // The paths come from catalog data ("details.<key>"), which RHF's typed paths cannot
  // spell, so the widgets work on the untyped view of the same control.
  const looseControl = control as unknown as Control<FieldValues>;
  const shown = useShownFields(looseControl, 'details', fields);
  if (fields.length === 0) return null;
  return (
    <section data-testid="details-section">
      <Typography.Title level={5}>事项信息</Typography.Title>
      {shown.map((field) =>
        field.kind === 'group' ? (
          <GroupFieldList key={field.key} control={looseControl} name={`details.${field.key}`} spec={field} />
        ) : (
          <ScalarFieldRow key={field.key} control={looseControl} name={`details.${field.key}`} spec={field} />
        ),
      )}
    </section>
  );
}
