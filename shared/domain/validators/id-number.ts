/** 公民身份号码 (GB 11643) lives in shared/domain/id-number.ts; listed here with its peers. */
export { idCheckCharacter, parseIdNumber, upgradeFifteenDigitId, type IdNumberResult } from '../id-number';
