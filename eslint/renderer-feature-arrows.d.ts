import type { Rule } from 'eslint';

export declare const FEATURE_ARROWS: Record<string, readonly string[]>;
export declare const rendererFeatureArrows: Rule.RuleModule;
