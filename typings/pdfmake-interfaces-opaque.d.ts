/**
 * Stand-in for 'pdfmake/interfaces' in the shared project only. The real typings pull in the
 * DOM and Node (/// <reference types="node" />, lib="dom"), which would hide exactly what the
 * shared project exists to catch. The document builders are still checked against the real
 * pdfmake types, by shared/tsconfig.pdfmake.json.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Content = any;
export type TableCell = any;
export type StyleDictionary = any;
export type CustomTableLayout = any;
export type TDocumentDefinitions = any;
