/**
 * The reader on the intake form: 读卡 / F3 / "place the card" fill the applicant block (and
 * the matter's card-holder fields) and show the card beside it. A keyboard-wedge reader that
 * types the number into the focused field needs nothing from here: only F3 is taken.
 */
import { Col, Row } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { cardIntakeFill } from '../../../shared/devices/id-card/intake-fill';
import type { Intake, IntakeValues } from '../../../shared/domain/matter/application';
import type { FieldSpec } from '../../../shared/domain/matter/form-fields';
import { IdCardPanel } from './IdCardPanel';
import { IdCardReaderBar, READ_CARD_KEY } from './IdCardReaderBar';
import { useAutoReadPreference, useCardAutoRead } from './use-card-auto-read';
import { useIdCardReader, type CardReading } from './use-id-card-reader';

interface Props {
  form: UseFormReturn<IntakeValues, unknown, Intake>;
  fields: readonly FieldSpec[];
  children: ReactNode;
}

export function IdCardIntake({ form, fields, children }: Props) {
  const { setValue, watch } = form;
  const [shown, setShown] = useState<{ reading: CardReading; filledLabels: string[] } | null>(null);

  const fill = useCallback(
    (reading: CardReading) => {
      const filled = cardIntakeFill(reading.card, fields);
      const options = { shouldDirty: true, shouldValidate: true, shouldTouch: true };
      setValue('applicant.name', filled.applicant.name, options);
      setValue('applicant.idNumber', filled.applicant.idNumber, options);
      for (const [key, value] of Object.entries(filled.details)) setValue(`details.${key}`, value, options);
      setShown({ reading, filledLabels: filled.filledLabels });
    },
    [fields, setValue],
  );
  const reader = useIdCardReader(fill);
  const { read } = reader;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== READ_CARD_KEY || event.repeat) return;
      event.preventDefault();
      void read();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [read]);

  const name = watch('applicant.name') ?? '';
  const idNumber = watch('applicant.idNumber') ?? '';
  const [autoRead, setAutoRead] = useAutoReadPreference();
  const readQuietly = useCallback(() => read({ quiet: true }), [read]);
  useCardAutoRead(autoRead && reader.status?.connected === true && name === '' && idNumber === '', readQuietly);

  // The card stays beside the form while the form still holds its number (cleared or retyped: gone).
  const current = shown && shown.reading.card.idNumber === idNumber.trim().toUpperCase() ? shown : null;

  return (
    <>
      <IdCardReaderBar reader={reader} autoRead={autoRead} onAutoReadChange={setAutoRead} />
      <Row gutter={16}>
        <Col flex="1 1 240px">{children}</Col>
        {current && (
          <Col flex="0 1 360px">
            <IdCardPanel reading={current.reading} filledLabels={current.filledLabels} />
          </Col>
        )}
      </Row>
    </>
  );
}
