/**
 * 打印证明, step one: the certificate's facts in a dialog, pre-filled from the case and the
 * hall's settings, checked with the template's schema. 生成预览 hands the parsed data on;
 * the preview and the printer are the caller's (CertificateButton).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Divider, Form, Modal } from 'antd';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { CERTIFICATE_TITLES } from '../../../shared/documents/certificates/certificate-data';
import { type CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';
import { CertificateInput } from './CertificateInput';
import { COMMON_INPUTS, TEMPLATE_INPUTS, type FormValues } from './certificate-form-fields';
import { CERTIFICATE_FORM_SCHEMAS, type CertificateFormOutput } from './certificate-form-schemas';
import { InsurancePeriodsField } from './InsurancePeriodsField';
import { withCleanText } from '../../../shared/util/clean-text';

interface Props {
  open: boolean;
  template: CertificateTemplate;
  defaults: FormValues;
  onCancel(): void;
  onSubmit(certificate: CertificateFormOutput): void;
}

/** The schema for the template; typed loosely on the input side, as the form is data-driven. */
function resolverFor(template: CertificateTemplate): Resolver<FieldValues, unknown, CertificateFormOutput> {
  const schema = CERTIFICATE_FORM_SCHEMAS[template];
  return zodResolver(withCleanText(schema)) as unknown as Resolver<FieldValues, unknown, CertificateFormOutput>;
}

export function CertificateFormModal({ open, template, defaults, onCancel, onSubmit }: Props) {
  const { control, handleSubmit } = useForm<FieldValues, unknown, CertificateFormOutput>({
    resolver: resolverFor(template),
    defaultValues: defaults,
  });
  const submit = handleSubmit((certificate) => onSubmit(certificate));

  return (
    <Modal
      open={open}
      title={`打印${CERTIFICATE_TITLES[template]}`}
      width={760}
      okText="生成预览"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form layout="vertical" component="form" onFinish={() => void submit()} data-testid="certificate-form">
        {TEMPLATE_INPUTS[template].map((spec) => (
          <CertificateInput key={spec.name} control={control} spec={spec} />
        ))}
        {template === 'social-insurance' && <InsurancePeriodsField control={control} />}
        <Divider plain>持证人与出具信息</Divider>
        {COMMON_INPUTS.map((spec) => (
          <CertificateInput key={spec.name} control={control} spec={spec} />
        ))}
      </Form>
    </Modal>
  );
}
