/**
 * Why a camera could not be used, in the words a clerk acts on. getUserMedia fails with a
 * DOMException whose name says what happened; the names are the Media Capture spec's.
 */

export type CameraProblem = 'NO_CAMERA' | 'PERMISSION_DENIED' | 'CAMERA_BUSY' | 'UNSUPPORTED' | 'FAILED';

const MESSAGES: Record<CameraProblem, string> = {
  NO_CAMERA: '未检测到高拍仪或摄像头，请检查设备是否已连接（USB 线插好后重新打开）',
  PERMISSION_DENIED: '摄像头使用权限被拒绝，请在浏览器地址栏的摄像头图标中选择“允许”，或联系管理员',
  CAMERA_BUSY: '摄像头正被其他程序占用，请关闭其他使用高拍仪的软件（如厂商拍照程序、视频会议）后重试',
  UNSUPPORTED: '当前环境无法使用摄像头（需在工作站程序或本机地址中打开）',
  FAILED: '摄像头打开失败，请重新插拔设备后重试',
};

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(MESSAGES[problem]);
    this.name = 'CameraError';
  }
}

/** The problem behind a getUserMedia / enumerateDevices failure. */
export function cameraProblemOf(failure: unknown): CameraProblem {
  if (failure instanceof CameraError) return failure.problem;
  const name = typeof failure === 'object' && failure !== null && 'name' in failure ? String(failure.name) : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'NO_CAMERA';
    case 'NotAllowedError':
    case 'SecurityError':
      return 'PERMISSION_DENIED';
    case 'NotReadableError':
    case 'AbortError':
      return 'CAMERA_BUSY';
    case 'TypeError':
      return 'UNSUPPORTED';
    default:
      return 'FAILED';
  }
}

export function cameraErrorOf(failure: unknown): CameraError {
  return failure instanceof CameraError ? failure : new CameraError(cameraProblemOf(failure));
}
