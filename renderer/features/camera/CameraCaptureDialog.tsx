import { Alert, Button, Modal, Select, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import {
  addPage,
  canAddPage,
  cropPage,
  movePage,
  newCapturedPage,
  removePage,
  rotatePage,
  type CapturedPage,
} from '../../../shared/domain/scans/captured-pages';
import { PAGE_ENCODING } from '../../../shared/domain/scans/scan-page-geometry';
import { cameraErrorOf } from '../../devices/camera-errors';
import { browserDocumentCamera, type DocumentCamera } from '../../devices/document-camera';
import { cameraLabel } from '../../devices/pick-camera';
import { assembleScanPdf } from './assemble-scan-pdf';
import { keepFrame } from './page-image';
import { CameraPreview } from './CameraPreview';
import { PageEditor } from './PageEditor';
import { PageStrip } from './PageStrip';
import { useDocumentCamera } from './use-document-camera';

export interface CameraCaptureDialogProps {
  open: boolean;
  /** The checklist material being photographed (the title and the PDF's name). */
  materialName: string;
  /** Stores the finished PDF as the material's scan; throws with the clerk's message. */
  onSave(pdf: Blob, fileName: string): Promise<void>;
  onClose(): void;
  /** Runs after the dialog has gone: put the focus back where the clerk was. */
  afterClose?(): void;
  /** The real camera unless a test or demo passes another. */
  camera?: DocumentCamera;
}

function messageOf(failure: unknown): string {
  if (failure instanceof DOMException && failure.name === 'QuotaExceededError')
    return '本机存储空间已满，扫描件未保存，请联系管理员清理空间';
  return failure instanceof Error ? failure.message : String(failure);
}

/** The dialog's content: mounted only while open, so the camera is on only then. */
function CaptureSession({
  materialName,
  onSave,
  onClose,
  camera: source,
}: Omit<CameraCaptureDialogProps, 'open' | 'afterClose'> & { camera: DocumentCamera }) {
  const { devices, camera, problem, opening, switchTo, retry } = useDocumentCamera(source);
  const [pages, setPages] = useState<CapturedPage[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const frames = useRef(new Map<string, Blob>());
  const [busy, setBusy] = useState<'capturing' | 'saving' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const capture = async () => {
    if (!camera || busy || !canAddPage(pages)) return;
    setBusy('capturing');
    setError(null);
    try {
      const frame = await keepFrame(await camera.grabFrame());
      const page = newCapturedPage(crypto.randomUUID());
      frames.current.set(page.id, frame);
      setPages((current) => addPage(current, page));
      setSelectedId(page.id);
    } catch (failure) {
      setError(cameraErrorOf(failure).message);
    } finally {
      setBusy(null);
    }
  };

  const remove = (id: string) => {
    const index = pages.findIndex((page) => page.id === id);
    const rest = removePage(pages, id);
    frames.current.delete(id);
    setPages(rest);
    setSelectedId((rest[Math.min(index, rest.length - 1)] ?? null)?.id ?? null);
  };

  const finish = async () => {
    setBusy('saving');
    setError(null);
    try {
      const pdf = await assembleScanPdf(materialName, pages, frames.current);
      await onSave(pdf, `${materialName}（拍照${pages.length}页）.pdf`);
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(null);
    }
  };

  const selectedIndex = pages.findIndex((page) => page.id === selectedId);
  const selected = pages[selectedIndex];
  const selectedFrame = selected && frames.current.get(selected.id);
  const full = !canAddPage(pages);

  return (
    <Space direction="vertical" style={{ display: 'flex' }}>
      <Space wrap>
        <Typography.Text id="camera-picker-label">高拍仪/摄像头</Typography.Text>
        <Select
          aria-labelledby="camera-picker-label"
          style={{ minWidth: 280 }}
          value={camera?.deviceId || undefined}
          placeholder={opening ? '正在打开摄像头…' : '请选择摄像头'}
          options={devices
            .filter((device) => device.deviceId)
            .map((device, index) => ({ value: device.deviceId, label: cameraLabel(device, index) }))}
          onChange={switchTo}
          disabled={busy !== null}
          data-testid="camera-picker"
        />
        {camera && <Typography.Text type="secondary">{`${camera.size().width}×${camera.size().height}`}</Typography.Text>}
      </Space>
      {problem && (
        <Alert
          type="error"
          showIcon
          message={problem}
          data-testid="camera-problem"
          action={
            <Button size="small" onClick={retry}>
              重试
            </Button>
          }
        />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
        <Space direction="vertical" style={{ display: 'flex' }}>
          {camera ? (
            <CameraPreview camera={camera} onCapture={() => void capture()} disabled={busy !== null || full} />
          ) : (
            opening && (
              <Spin tip="正在打开摄像头…">
                <div style={{ height: 240 }} />
              </Spin>
            )
          )}
          <Space wrap>
            <Button
              type="primary"
              onClick={() => void capture()}
              disabled={!camera || busy !== null || full}
              loading={busy === 'capturing'}
              data-testid="capture-page"
            >
              拍摄（空格）
            </Button>
            <Typography.Text type={full ? 'warning' : 'secondary'} aria-live="polite">
              {full ? `已达每份 ${PAGE_ENCODING.maxPages} 页上限，请先点“完成”保存，其余页另拍一份` : `已拍 ${pages.length} 页`}
            </Typography.Text>
          </Space>
        </Space>
        <div>
          {selected && selectedFrame ? (
            <PageEditor
              page={selected}
              frame={selectedFrame}
              index={selectedIndex}
              count={pages.length}
              onRotate={() => setPages((current) => rotatePage(current, selected.id))}
              onCrop={(crop) => setPages((current) => cropPage(current, selected.id, crop))}
              onMove={(by) => setPages((current) => movePage(current, selected.id, by))}
              onRemove={() => remove(selected.id)}
            />
          ) : (
            <Typography.Paragraph type="secondary">
              将材料平放在高拍仪下，按空格键或点击“拍摄”。多页材料逐页拍摄，完成后合成一份 PDF。
            </Typography.Paragraph>
          )}
        </div>
      </div>
      <PageStrip pages={pages} frames={frames.current} selectedId={selectedId} onSelect={setSelectedId} />
      {error && <Alert type="error" showIcon message={error} data-testid="camera-error" />}
      <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onClose} disabled={busy === 'saving'}>
          取消
        </Button>
        <Button
          type="primary"
          onClick={() => void finish()}
          disabled={pages.length === 0 || busy !== null}
          loading={busy === 'saving'}
          data-testid="finish-capture"
        >
          完成（{pages.length} 页存为 PDF）
        </Button>
      </Space>
    </Space>
  );
}

/**
 * 拍照 / 高拍仪 for one checklist material: live picture, a page per Space, crop and turn,
 * order the pages, and 完成 stores them as one PDF through the same path as an uploaded scan.
 */
export function CameraCaptureDialog({
  open,
  materialName,
  onSave,
  onClose,
  afterClose,
  camera = browserDocumentCamera,
}: CameraCaptureDialogProps) {
  return (
    <Modal
      open={open}
      title={`拍照 — ${materialName}`}
      width="min(1100px, 96vw)"
      footer={null}
      onCancel={onClose}
      afterClose={afterClose}
      maskClosable={false}
      destroyOnHidden
      data-testid="camera-dialog"
    >
      {open && <CaptureSession materialName={materialName} onSave={onSave} onClose={onClose} camera={camera} />}
    </Modal>
  );
}
