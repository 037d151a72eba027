/**
 * The document camera (高拍仪) seam. Almost every 高拍仪 is a UVC camera, so the one real
 * implementation is the browser's own getUserMedia; tests run it against Chromium's fake
 * camera. The dialog only speaks this interface: list the cameras, open one at its best
 * resolution, grab a full-resolution frame.
 */
import type { PixelSize } from '../../shared/domain/scans/scan-page-geometry';
import { CameraError, cameraErrorOf } from './camera-errors';

export interface CameraDevice {
  deviceId: string;
  /** Empty until the user has allowed the camera once; the dialog names it 摄像头 N then. */
  label: string;
}

export interface OpenCamera {
  readonly deviceId: string;
  /** For the live preview (`video.srcObject`). */
  readonly stream: MediaStream;
  /** The resolution the camera delivers now. */
  size(): PixelSize;
  /** The current frame at the camera's full resolution. */
  grabFrame(): Promise<HTMLCanvasElement>;
  close(): void;
}

export interface DocumentCamera {
  listDevices(): Promise<CameraDevice[]>;
  /** null: the system's default camera. Throws CameraError with the clerk's message. */
  open(deviceId: string | null): Promise<OpenCamera>;
}

/**
 * Asked as an ideal, so any camera answers with the nearest it has; 高拍仪 modes are 4:3
 * (e.g. 3264x2448, 2592x1944), so 4:3 at 4096 wide reaches the largest of them.
 */
const IDEAL_SIZE = { width: 4096, height: 3072 };

function mediaDevices(): MediaDevices {
  // Absent outside a secure context (an http page not on this machine).
  if (typeof navigator === 'undefined' || !('mediaDevices' in navigator)) throw new CameraError('UNSUPPORTED');
  return navigator.mediaDevices;
}

/** After opening, ask for the largest size the track says it can do (some drivers start small). */
async function raiseToBestResolution(track: MediaStreamTrack): Promise<void> {
  const capabilities = typeof track.getCapabilities === 'function' ? track.getCapabilities() : {};
  const width = capabilities.width?.max;
  const height = capabilities.height?.max;
  const current = track.getSettings();
  if (!width || !height || (current.width ?? 0) >= width) return;
  // A driver may list a maximum it cannot deliver at once: keep what we have then.
  await track.applyConstraints({ width: { ideal: width }, height: { ideal: height } }).catch(() => undefined);
}

async function playingVideo(stream: MediaStream): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  return video;
}

function openCameraOf(stream: MediaStream, video: HTMLVideoElement): OpenCamera {
  const [track] = stream.getVideoTracks();
  if (!track) throw new CameraError('NO_CAMERA');
  return {
    deviceId: track.getSettings().deviceId ?? '',
    stream,
    size: () => ({ width: video.videoWidth, height: video.videoHeight }),
    async grabFrame() {
      if (track.readyState !== 'live') throw new CameraError('CAMERA_BUSY');
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) throw new CameraError('FAILED');
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      return Promise.resolve(canvas);
    },
    close() {
      for (const each of stream.getTracks()) each.stop();
      video.srcObject = null;
    },
  };
}

export const browserDocumentCamera: DocumentCamera = {
  async listDevices() {
    try {
      const devices = await mediaDevices().enumerateDevices();
      return devices.filter((device) => device.kind === 'videoinput').map(({ deviceId, label }) => ({ deviceId, label }));
    } catch (failure) {
      throw cameraErrorOf(failure);
    }
  },

  async open(deviceId) {
    let stream: MediaStream | undefined;
    try {
      const video: MediaTrackConstraints = { width: { ideal: IDEAL_SIZE.width }, height: { ideal: IDEAL_SIZE.height } };
      if (deviceId) video.deviceId = { exact: deviceId };
      stream = await mediaDevices().getUserMedia({ video, audio: false });
      const [track] = stream.getVideoTracks();
      if (track) await raiseToBestResolution(track);
      return openCameraOf(stream, await playingVideo(stream));
    } catch (failure) {
      for (const track of stream?.getTracks() ?? []) track.stop();
      throw cameraErrorOf(failure);
    }
  },
};
