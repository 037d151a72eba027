/**
 * The simulator's cards: made-up people with valid 公民身份号码 (check character computed),
 * chosen to exercise what real counters meet — a rare character in a name (䶮, CJK Ext-A),
 * an address that fills all 35 characters, an expired card and a 长期 card.
 */
import { idCheckCharacter } from '../../../shared/domain/validators/id-number';
import type { CardText } from './base-message-encoder';

const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

export interface SimulatedCard {
  text: CardText;
  /** Clothing colour of the generated photo, so each card looks different. */
  tint: readonly [number, number, number];
}

export const SIMULATED_CARDS: readonly SimulatedCard[] = [
  {
    text: {
      name: '李䶮',
      sexCode: '1',
      ethnicityCode: '01',
      birthDate: '1990-03-07',
      address: '四川省成都市锦江区红星路三段1号',
      idNumber: withCheck('51010419900307123'),
      issuer: '成都市公安局锦江区分局',
      validFrom: '2016-05-10',
      validTo: '2036-05-10',
    },
    tint: [40, 70, 120],
  },
  {
    text: {
      name: '向秋月',
      sexCode: '2',
      ethnicityCode: '15',
      birthDate: '1985-11-21',
      address: '重庆市渝中区解放碑街道民族路188号环球金融中心大厦三十五楼3508号',
      idNumber: withCheck('50010319851121242'),
      issuer: '重庆市公安局渝中区分局',
      validFrom: '2015-08-01',
      validTo: '2035-08-01',
    },
    tint: [150, 60, 80],
  },
  {
    text: {
      name: '王建国',
      sexCode: '1',
      ethnicityCode: '07',
      birthDate: '1978-06-15',
      address: '四川省广安市广安区滨河路二段36号',
      idNumber: withCheck('51160219780615301'),
      issuer: '广安市公安局广安区分局',
      validFrom: '2005-04-01',
      validTo: '2025-04-01',
    },
    tint: [60, 110, 60],
  },
  {
    text: {
      name: '陈淑芬',
      sexCode: '2',
      ethnicityCode: '33',
      birthDate: '1958-09-30',
      address: '重庆市万州区高笋塘街道白岩路52号附3号',
      idNumber: withCheck('50010119580930402'),
      issuer: '重庆市公安局万州区分局',
      validFrom: '2012-10-08',
      validTo: null,
    },
    tint: [110, 80, 140],
  },
];
