import type { Rule } from 'eslint';

export declare const SHARED_ARROWS: Record<string, readonly string[]>;
export declare function sharedAreaOf(sharedRelative: string): string;
export declare const sharedArrows: Rule.RuleModule;
