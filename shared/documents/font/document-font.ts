/**
 * The one font family every printed document uses. Both PDF renderers (the browser worker
 * and the Node helper) register Noto Sans SC under exactly this name: regular for `normal`,
 * bold for `bold`. Noto Sans SC covers CJK Ext-A, so rare name characters (䶮, 堃) print;
 * it lacks most of Ext-B onwards (𪚥, 𠀀), which no single-file font on npm covers yet: the
 * worker reports such characters (glyph-coverage.ts) instead of letting them vanish.
 */
export const DOCUMENT_FONT_FAMILY = 'NotoSansSC';
