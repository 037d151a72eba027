/**
 * Mainland mobile numbers. Deliberately lenient (^1[3-9]\d{9}$): since number portability
 * the prefix no longer names the carrier and new ranges keep appearing.
 */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const MOBILE_MESSAGE = '手机号码应为以1开头的11位数字';
