import { describe, expect, it } from 'vitest';
import { CameraError, cameraProblemOf } from '../../renderer/devices/camera-errors';
import { cameraLabel, pickCamera } from '../../renderer/devices/pick-camera';

const devices = [
  { deviceId: 'a1', label: 'Integrated Webcam' },
  { deviceId: 'b2', label: 'USB 高拍仪 (1bcf:2c99)' },
];

describe('which camera the capture dialog opens', () => {
  it('opens the camera chosen last time, by id', () => {
    expect(pickCamera(devices, { deviceId: 'b2', label: 'USB 高拍仪 (1bcf:2c99)' })).toEqual(devices[1]);
  });

  it('finds it by name when the browser has given it a new id', () => {
    expect(pickCamera(devices, { deviceId: 'old-id', label: 'USB 高拍仪 (1bcf:2c99)' })).toEqual(devices[1]);
  });

  it('falls back to the first camera, and to none when there is none', () => {
    expect(pickCamera(devices, { deviceId: 'gone', label: 'Unplugged' })).toEqual(devices[0]);
    expect(pickCamera(devices, null)).toEqual(devices[0]);
    expect(pickCamera([], null)).toBeNull();
  });

  it('names a camera the browser has not named yet by its place', () => {
    expect(cameraLabel({ deviceId: 'x', label: '' }, 1)).toBe('摄像头 2');
    expect(cameraLabel(devices[1] ?? { deviceId: '', label: '' }, 1)).toBe('USB 高拍仪 (1bcf:2c99)');
  });
});

describe("why a camera could not be opened, in the clerk's words", () => {
  const named = (name: string) => Object.assign(new Error(name), { name });

  it('tells no camera, permission denied and camera busy apart', () => {
    expect(cameraProblemOf(named('NotFoundError'))).toBe('NO_CAMERA');
    expect(cameraProblemOf(named('OverconstrainedError'))).toBe('NO_CAMERA');
    expect(cameraProblemOf(named('NotAllowedError'))).toBe('PERMISSION_DENIED');
    expect(cameraProblemOf(named('SecurityError'))).toBe('PERMISSION_DENIED');
    expect(cameraProblemOf(named('NotReadableError'))).toBe('CAMERA_BUSY');
    expect(cameraProblemOf(named('AbortError'))).toBe('CAMERA_BUSY');
    expect(cameraProblemOf(named('Whatever'))).toBe('FAILED');
    expect(cameraProblemOf('not even an error')).toBe('FAILED');
  });

  it('says what to do in Chinese', () => {
    expect(new CameraError('NO_CAMERA').message).toContain('未检测到高拍仪或摄像头');
    expect(new CameraError('PERMISSION_DENIED').message).toContain('权限被拒绝');
    expect(new CameraError('CAMERA_BUSY').message).toContain('正被其他程序占用');
    expect(cameraProblemOf(new CameraError('CAMERA_BUSY'))).toBe('CAMERA_BUSY');
  });
});
