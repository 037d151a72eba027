/**
 * 性别代码 as the card's base message stores them (one UCS-2 digit).
 *
 * Source: GB/T 2261.1-2003《个人基本信息分类与代码 第1部分：人的性别代码》(0 未知的性别,
 * 1 男性, 2 女性, 9 未说明的性别); the base message's 性别 field "符合 GB/T 2261.1 的规定"
 * per the GA/T 490 layout table at https://wiki.nfc.im/books/智能卡手册/page/二代居民身份证.
 * A 居民身份证 carries 1 or 2; the other codes are kept so a card never fails on them.
 */
export const SEX_CODES: Readonly<Record<string, string>> = {
  '0': '未知的性别',
  '1': '男',
  '2': '女',
  '9': '未说明的性别',
};

export function sexName(code: string): string | null {
  return SEX_CODES[code] ?? null;
}
