import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { CapturedPage } from '../../../shared/domain/scans/captured-pages';
import { cropFromDrag, isFullPage, nudgeCrop, type CropRect, type NudgeDirection } from '../../../shared/domain/scans/scan-page-geometry';
import { useObjectUrl } from '../attachments/use-object-url';
import { pagePreview } from './page-image';

const PREVIEW_EDGE = 900;

interface PageEditorProps {
  page: CapturedPage;
  frame: Blob;
  index: number;
  count: number;
  onRotate(): void;
  onCrop(crop: CropRect): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function fractionAt(event: PointerEvent<HTMLElement>, box: DOMRect): { x: number; y: number } {
  return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
}

const percent = (fraction: number) => `${fraction * 100}%`;

const ARROWS: Record<string, NudgeDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * One captured page: drag a rectangle over it to keep only that part (the rest is dimmed),
 * turn it a quarter, move it earlier or later, or delete it. The buttons do all but the drag,
 * so the page can be put in order from the keyboard.
 */
export function PageEditor({ page, frame, index, count, onRotate, onCrop, onMove, onRemove }: PageEditorProps) {
  const [preview, setPreview] = useState<Blob | null>(null);
  const url = useObjectUrl(preview);
  const drag = useRef<{ start: { x: number; y: number }; box: DOMRect } | null>(null);
  const [dragging, setDragging] = useState<CropRect | null>(null);

  useEffect(() => {
    let current = true;
    void pagePreview(frame, page.turns, PREVIEW_EDGE).then((blob) => {
      if (current) setPreview(blob);
    });
    return () => {
      current = false;
    };
  }, [frame, page.turns]);

  const shown = dragging ?? page.crop;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: fractionAt(event, box), box };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setDragging(cropFromDrag(drag.current.start, fractionAt(event, drag.current.box)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const crop = cropFromDrag(drag.current.start, fractionAt(event, drag.current.box));
    drag.current = null;
    setDragging(null);
    if (crop) onCrop(crop);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    onCrop(nudgeCrop(page.crop, direction, event.shiftKey ? 'resize' : 'move'));
  };

  return (
    <Space direction="vertical" style={{ display: 'flex' }} data-testid="page-editor">
      <Typography.Text strong>
        第 {index + 1} 页 / 共 {count} 页{isFullPage(page.crop) ? '' : '（已裁剪）'}
      </Typography.Text>
      <div
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
        tabIndex={0}
        role="group"
        aria-label={`裁剪第 ${index + 1} 页：拖动鼠标框选，或按 Shift+方向键调整大小、方向键移动`}
        data-testid="crop-area"
        style={{
          position: 'relative',
          display: 'inline-block',
          cursor: 'crosshair',
          touchAction: 'none',
          userSelect: 'none',
          lineHeight: 0,
          maxWidth: '100%',
        }}
      >
        {url && (
          <img
            src={url}
            alt={`第 ${index + 1} 页（在图上拖动鼠标框选要保留的部分）`}
            draggable={false}
            style={{ maxWidth: '100%', maxHeight: '40vh' }}
          />
        )}
        {!isFullPage(shown) && (
          <div
            aria-hidden
            data-testid="crop-rectangle"
            style={{
              position: 'absolute',
              left: percent(shown.x),
              top: percent(shown.y),
              width: percent(shown.width),
              height: percent(shown.height),
              border: '2px solid #1677ff',
              boxShadow: '0 0 0 9999px rgba(0,0,0,0.45)',
              pointerEvents: 'none',
            }}
          />
        )}
      </div>
      <Space wrap>
        <Button onClick={onRotate}>旋转 90°</Button>
        <Button onClick={() => onCrop({ x: 0, y: 0, width: 1, height: 1 })} disabled={isFullPage(page.crop)}>
          取消裁剪
        </Button>
        <Button onClick={() => onMove(-1)} disabled={index === 0}>
          前移一页
        </Button>
        <Button onClick={() => onMove(1)} disabled={index === count - 1}>
          后移一页
        </Button>
        <Button danger onClick={onRemove}>
          删除此页
        </Button>
      </Space>
    </Space>
  );
}
