/**
 * Setup file of the hub suites: each file starts its hall, division and case numbering at
 * the beginning, whatever files ran before it in the same worker.
 */
import { resetNumbering } from './fixtures';

resetNumbering();
