/**
 * Ids for cases and events: ULIDs, monotonic within this page so two events made in the same
 * millisecond still sort in the order they were made. One factory for every feature.
 */
import { monotonicFactory } from 'ulid';

export const nextUlid = monotonicFactory();
