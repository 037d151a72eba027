/**
 * main.tsx imports this module first, so the start's requests to the host and IndexedDB's
 * opening are under way while React, antd and the first screen's modules are evaluated
 * (a few hundred ms of a new tab), not after.
 */
import { caseIdFromRatingHash } from '../shared/domain/rating-screen-address';
import { sendEarlyRequests } from './workstation/early-requests';

// The counter's second window (the applicant's rating screen) reads none of it.
if (!caseIdFromRatingHash(location.hash)) sendEarlyRequests();
