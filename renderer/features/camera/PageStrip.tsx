import { useEffect, useState } from 'react';
import type { CapturedPage } from '../../../shared/domain/scans/captured-pages';
import { useObjectUrl } from '../attachments/use-object-url';
import { pageThumbnail } from './page-image';

const THUMB_EDGE = 96;

function PageThumb({
  page,
  frame,
  index,
  selected,
  onSelect,
}: {
  page: CapturedPage;
  frame: Blob | undefined;
  index: number;
  selected: boolean;
  onSelect(): void;
}) {
  const [thumbnail, setThumbnail] = useState<Blob | null>(null);
  const url = useObjectUrl(thumbnail);
  useEffect(() => {
    if (!frame) return undefined;
    let current = true;
    void pageThumbnail(frame, page, THUMB_EDGE * 2).then((blob) => {
      if (current) setThumbnail(blob);
    });
    return () => {
      current = false;
    };
  }, [frame, page]);
  return (
    <li style={{ listStyle: 'none' }}>
      <button
        type="button"
        onClick={onSelect}
        aria-pressed={selected}
        aria-label={`第 ${index + 1} 页`}
        data-testid="captured-page"
        style={{
          padding: 2,
          border: selected ? '2px solid #1677ff' : '2px solid #d9d9d9',
          borderRadius: 4,
          background: '#fff',
          cursor: 'pointer',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 2,
        }}
      >
        {url ? (
          <img src={url} alt="" style={{ width: THUMB_EDGE, height: THUMB_EDGE, objectFit: 'contain' }} />
        ) : (
          <span style={{ width: THUMB_EDGE, height: THUMB_EDGE }} />
        )}
        <span>第 {index + 1} 页</span>
      </button>
    </li>
  );
}

/** The pages taken so far, in the order they will be in the PDF; one is chosen for the editor. */
export function PageStrip({
  pages,
  frames,
  selectedId,
  onSelect,
}: {
  pages: readonly CapturedPage[];
  frames: ReadonlyMap<string, Blob>;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  return (
    <ol aria-label="已拍摄的页面" style={{ display: 'flex', gap: 8, overflowX: 'auto', margin: 0, padding: '4px 0' }}>
      {pages.map((page, index) => (
        <PageThumb
          key={page.id}
          page={page}
          frame={frames.get(page.id)}
          index={index}
          selected={page.id === selectedId}
          onSelect={() => onSelect(page.id)}
        />
      ))}
    </ol>
  );
}
