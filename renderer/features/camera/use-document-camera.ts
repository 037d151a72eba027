/**
 * The camera behind the capture dialog: finds the cameras, opens the one this window used
 * last (workstation settings), switches on request and remembers the new choice, and
 * closes the camera when the dialog goes. The light on the 高拍仪 is on only while open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { bridge, unwrap } from '../../bridge/bridge';
import { cameraErrorOf, CameraError } from '../../devices/camera-errors';
import type { CameraDevice, DocumentCamera, OpenCamera } from '../../devices/document-camera';
import { pickCamera } from '../../devices/pick-camera';

export interface DocumentCameraState {
  devices: CameraDevice[];
  camera: OpenCamera | null;
  /** The clerk's message when no camera could be opened. */
  problem: string | null;
  opening: boolean;
  switchTo(deviceId: string): void;
  retry(): void;
}

async function rememberedCamera() {
  const result = await bridge().getSettings({});
  return result.ok ? result.value.camera : null;
}

export function useDocumentCamera(source: DocumentCamera): DocumentCameraState {
  const [devices, setDevices] = useState<CameraDevice[]>([]);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(true);
  const current = useRef<OpenCamera | null>(null);
  const closed = useRef(false);
  const [attempt, setAttempt] = useState(0);

  const open = useCallback(
    async (deviceId: string | null) => {
      current.current?.close();
      current.current = null;
      setCamera(null);
      setOpening(true);
      setProblem(null);
      try {
        const opened = await source.open(deviceId);
        if (closed.current) return opened.close();
        current.current = opened;
        setCamera(opened);
        // Names are given only once the camera is allowed: list again to show them.
        setDevices(await source.listDevices());
      } catch (failure) {
        if (!closed.current) setProblem(cameraErrorOf(failure).message);
      } finally {
        if (!closed.current) setOpening(false);
      }
    },
    [source],
  );

  useEffect(() => {
    closed.current = false;
    const start = async () => {
      try {
        const listed = await source.listDevices();
        if (listed.length === 0) throw new CameraError('NO_CAMERA');
        setDevices(listed);
        const chosen = pickCamera(listed, await rememberedCamera());
        await open(chosen?.deviceId || null);
      } catch (failure) {
        setProblem(cameraErrorOf(failure).message);
        setOpening(false);
      }
    };
    void start();
    return () => {
      closed.current = true;
      current.current?.close();
      current.current = null;
    };
  }, [source, open, attempt]);

  const switchTo = useCallback(
    (deviceId: string) => {
      const label = devices.find((device) => device.deviceId === deviceId)?.label ?? '';
      void open(deviceId);
      // Remembering is a convenience: a failure to save must not stop the capture.
      void bridge()
        .saveCamera({ camera: { deviceId, label } })
        .then(unwrap)
        .catch(() => undefined);
    },
    [devices, open],
  );

  return { devices, camera, problem, opening, switchTo, retry: () => setAttempt((count) => count + 1) };
}
