/** The certificates (证明) a matter can issue; the matter names one, the documents lay it out. */
export const CERTIFICATE_TEMPLATES = [
  'social-insurance',
  'housing-fund-loan',
  'household-registration',
  'no-criminal-record',
  'unemployment-registration',
] as const;
export type CertificateTemplate = (typeof CERTIFICATE_TEMPLATES)[number];
