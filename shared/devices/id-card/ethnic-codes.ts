/**
 * 民族代码 as the card's base message stores them (two UCS-2 digits).
 *
 * Source: GB/T 3304-1991《中国各民族名称的罗马字母拼写法和代码》, numeric codes 01-56 in the
 * standard's order, plus 97 其他 and 98 外国血统中国籍人士; the base message's 民族 field
 * "符合 GB/T 3304 的规定" per the GA/T 490 layout table at
 * https://wiki.nfc.im/books/智能卡手册/page/二代居民身份证. The card face prints the name without
 * 族 (汉, 蒙古); forms and documents here use the full name (汉族).
 */
export const ETHNIC_GROUP_CODES: Readonly<Record<string, string>> = {
  '01': '汉族',
  '02': '蒙古族',
  '03': '回族',
  '04': '藏族',
  '05': '维吾尔族',
  '06': '苗族',
  '07': '彝族',
  '08': '壮族',
  '09': '布依族',
  '10': '朝鲜族',
  '11': '满族',
  '12': '侗族',
  '13': '瑶族',
  '14': '白族',
  '15': '土家族',
  '16': '哈尼族',
  '17': '哈萨克族',
  '18': '傣族',
  '19': '黎族',
  '20': '傈僳族',
  '21': '佤族',
  '22': '畲族',
  '23': '高山族',
  '24': '拉祜族',
  '25': '水族',
  '26': '东乡族',
  '27': '纳西族',
  '28': '景颇族',
  '29': '柯尔克孜族',
  '30': '土族',
  '31': '达斡尔族',
  '32': '仫佬族',
  '33': '羌族',
  '34': '布朗族',
  '35': '撒拉族',
  '36': '毛南族',
  '37': '仡佬族',
  '38': '锡伯族',
  '39': '阿昌族',
  '40': '普米族',
  '41': '塔吉克族',
  '42': '怒族',
  '43': '乌孜别克族',
  '44': '俄罗斯族',
  '45': '鄂温克族',
  '46': '德昂族',
  '47': '保安族',
  '48': '裕固族',
  '49': '京族',
  '50': '塔塔尔族',
  '51': '独龙族',
  '52': '鄂伦春族',
  '53': '赫哲族',
  '54': '门巴族',
  '55': '珞巴族',
  '56': '基诺族',
  '97': '其他',
  '98': '外国血统中国籍人士',
};

export function ethnicGroupName(code: string): string | null {
  return ETHNIC_GROUP_CODES[code] ?? null;
}
