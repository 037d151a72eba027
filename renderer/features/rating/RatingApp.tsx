/** The rating screen as its own page (main.tsx routes `#rating/<caseId>` here): no sign-in, no shell. */
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { RatingScreen } from './RatingScreen';

export function RatingApp({ caseId }: { caseId: string }) {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4, fontSize: 18 } }}>
      <RatingScreen caseId={caseId} />
    </ConfigProvider>
  );
}
