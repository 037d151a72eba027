/**
 * A window where the camera is refused (the browser's permission prompt answered 不允许, or a
 * policy): 拍照 says so in Chinese with what to do, nothing is stored, and the clerk goes
 * back to the row. Chromium's fake camera with its fake prompt set to deny.
 */
import config from './playwright.config';
import { CameraDialogModel } from './pages/camera-dialog';
import { IntakePageModel } from './pages/intake-page';
import { MaterialScansModel } from './pages/material-scans';
import { expect, test } from './support/fixtures';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const baseLaunch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...baseLaunch,
    args: [...(baseLaunch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream=deny'],
  },
});

test('a clerk whose camera permission is refused is told so in Chinese and nothing is stored', async ({ workstations }) => {
  const { page } = await workstations.open('document-camera-denied', { identity: WINDOWS.documentCameraDenied });
  const intake = new IntakePageModel(page);
  const camera = new CameraDialogModel(page);

  await intake.chooseMatter('无犯罪记录证明开具', HANDLING_COUNTIES.documentCameraDenied);
  await camera.cameraButton('申请人居民身份证').click();
  await expect(page.getByTestId('camera-problem')).toContainText('摄像头使用权限被拒绝');
  await expect(page.getByTestId('capture-page')).toBeDisabled();
  await expect(page.getByTestId('finish-capture')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('camera-problem')).toBeHidden();
  await expect(camera.cameraButton('申请人居民身份证')).toBeFocused();
  await expect(new MaterialScansModel(page).scans('ID-CARD')).toHaveCount(0);
});
