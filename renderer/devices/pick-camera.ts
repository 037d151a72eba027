/**
 * Which camera the dialog opens: the one chosen last time on this workstation (by id, or by
 * its name when the browser has given it a new id, which happens after clearing site data or
 * moving the USB plug), else the first one the system lists.
 */
import type { CameraDevice } from './document-camera';

export interface RememberedCamera {
  deviceId: string;
  label: string;
}

export function pickCamera(devices: readonly CameraDevice[], remembered: RememberedCamera | null): CameraDevice | null {
  if (remembered) {
    const byId = devices.find((device) => device.deviceId === remembered.deviceId);
    if (byId) return byId;
    const byLabel = remembered.label ? devices.find((device) => device.label === remembered.label) : undefined;
    if (byLabel) return byLabel;
  }
  return devices[0] ?? null;
}

/** What the picker shows: the device's own name, or 摄像头 N before the browser tells it. */
export function cameraLabel(device: CameraDevice, index: number): string {
  return device.label || `摄像头 ${index + 1}`;
}
