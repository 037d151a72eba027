/** Picks the widget of a field kind. Adding a kind? Also its file here (see form-fields.ts). */
import { AddressInput } from './AddressInput';
import { AmountInput } from './AmountInput';
import { CheckboxInput } from './CheckboxInput';
import { Suspense } from 'react';
import { DateInput } from '../deferred-parts';
import { IdNumberInput } from './IdNumberInput';
import { LandlineInput } from './LandlineInput';
import { MobileInput } from './MobileInput';
import { RegionInput } from './RegionInput';
import { SelectInput } from './SelectInput';
import { TextInput } from './TextInput';
import { UsccInput } from './UsccInput';
import { YearInput } from './YearInput';
import type { WidgetProps } from './widget-props';

export function ScalarFieldWidget({ name, field, spec }: WidgetProps) {
  switch (spec.kind) {
    case 'text':
      return <TextInput name={name} field={field} spec={spec} />;
    case 'idNumber':
      return <IdNumberInput name={name} field={field} spec={spec} />;
    case 'uscc':
      return <UsccInput name={name} field={field} spec={spec} />;
    case 'mobile':
      return <MobileInput name={name} field={field} spec={spec} />;
    case 'landline':
      return <LandlineInput name={name} field={field} spec={spec} />;
    case 'date':
      // The date picker is the largest widget's code: it loads with the first matter that asks for a date.
      return (
        <Suspense fallback={null}>
          <DateInput name={name} field={field} spec={spec} />
        </Suspense>
      );
    case 'select':
      return <SelectInput name={name} field={field} spec={spec} />;
    case 'region':
      return <RegionInput name={name} field={field} spec={spec} />;
    case 'address':
      return <AddressInput name={name} field={field} spec={spec} />;
    case 'amount':
      return <AmountInput name={name} field={field} spec={spec} />;
    case 'checkbox':
      return <CheckboxInput name={name} field={field} spec={spec} />;
    case 'year':
      return <YearInput name={name} field={field} spec={spec} />;
  }
}
