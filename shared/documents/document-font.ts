/**
 * The one font family every printed document uses. Both PDF renderers (the browser worker
 * and the Node helper) register Noto Sans SC under exactly this name: regular for `normal`,
 * bold for `bold`. Noto Sans SC covers CJK Ext-A, so rare name characters (䶮, 堃) print.
 */
export const DOCUMENT_FONT_FAMILY = 'NotoSansSC';
