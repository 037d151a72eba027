import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OpenCamera } from '../../devices/document-camera';

/**
 * The live picture of the open camera. It takes the focus when the camera is ready, so the
 * clerk lays a page down and presses Space (or Enter) for each page without touching the mouse.
 */
export function CameraPreview({ camera, onCapture, disabled }: { camera: OpenCamera; onCapture(): void; disabled: boolean }) {
  const video = useRef<HTMLVideoElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = camera.stream;
    void element.play().catch(() => undefined);
    frame.current?.focus();
    return () => {
      element.srcObject = null;
    };
  }, [camera]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    if (!disabled) onCapture();
  };

  const { width, height } = camera.size();
  return (
    <div
      ref={frame}
      tabIndex={0}
      role="group"
      aria-label={`实时画面（${width}×${height}），按空格键或回车键拍摄`}
      onKeyDown={onKeyDown}
      data-testid="camera-preview"
      style={{ background: '#1f1f1f', borderRadius: 4, outlineOffset: 2, lineHeight: 0 }}
    >
      <video ref={video} muted playsInline style={{ width: '100%', maxHeight: '52vh', objectFit: 'contain' }} />
    </div>
  );
}
