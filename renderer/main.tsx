// First: starts the host requests and IndexedDB's opening before the rest is evaluated.
import './early-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import zodChinese from 'zod/v4/locales/zh-CN.js';
import './app/global.css';
import { App } from './app/App';
import { RatingApp } from './features/rating/RatingApp';
import { caseIdFromRatingHash } from '../shared/domain/rating-screen-address';
import { markStart } from './workstation/start-marks';

// The CSP forbids eval; zod's JIT would try it. A rule without its own message still speaks
// Chinese to the clerk.
z.config({ jitless: true, ...zodChinese() });

markStart('modules-evaluated');
const container = document.getElementById('root');
if (!container) throw new Error('root element missing');
// The counter's second window shows only the applicant's rating screen.
const ratingCaseId = caseIdFromRatingHash(location.hash);
createRoot(container).render(<StrictMode>{ratingCaseId ? <RatingApp caseId={ratingCaseId} /> : <App />}</StrictMode>);
