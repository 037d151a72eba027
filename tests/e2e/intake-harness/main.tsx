/**
 * Entry of the intake form harness (built by support/intake-harness.ts). 下一件 mounts a
 * fresh form, as the app does after each answered application.
 */
import { App as AntApp, Button, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { IntakeFormHarness } from './IntakeFormHarness';

// As the renderer starts: the app's CSP forbids eval, so zod runs without its JIT there too.
z.config({ jitless: true });

const REDUCED_MOTION = matchMedia('(prefers-reduced-motion: reduce)').matches;

function Harness() {
  const [round, setRound] = useState(0);
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { motion: !REDUCED_MOTION } }}>
      <AntApp>
        <Button onClick={() => setRound((value) => value + 1)}>下一件</Button>
        <IntakeFormHarness key={round} />
      </AntApp>
    </ConfigProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('root element missing');
createRoot(container).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
