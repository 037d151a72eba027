/**
 * The document camera (高拍仪) a window last used, kept in the workstation settings so the
 * capture dialog opens it straight away. Browsers name a camera by an opaque id that can
 * change (cleared site data, another USB port), so its label is kept to find it again.
 */
import { z } from 'zod';

export const cameraChoiceSchema = z.object({
  deviceId: z.string().trim().min(1, { message: '请选择摄像头' }).max(512, { message: '摄像头编号过长' }),
  label: z.string().trim().max(200, { message: '摄像头名称过长' }),
});
export type CameraChoice = z.infer<typeof cameraChoiceSchema>;
