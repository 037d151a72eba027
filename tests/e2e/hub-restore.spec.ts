/**
 * A province hub restored from last night's backup has forgotten what it took since. The
 * workstation's events come back to it by themselves: the hub's new feed epoch (set by
 * hub/bin/mark-restored.ts) and the delivery check send them again, with nobody at the window
 * doing anything.
 */
import { ulid } from 'ulid';
import { IntakePageModel } from './pages/intake-page';
import { ShellModel } from './pages/shell';
import { expect, test } from './support/fixtures';
import { ENROLLMENT_CODE, type HubPair } from './support/hub-pair';
import { HANDLING_COUNTIES, WINDOWS } from './support/windows';

const identity = WINDOWS.hubRestore;

/** Another window of the hall, enrolled straight at the hub, to read what the hub holds for the hall. */
async function hallFeedReader(hubs: HubPair): Promise<() => Promise<number>> {
  const enrolled = await fetch(`${hubs.url('51')}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      enrollmentCode: ENROLLMENT_CODE,
      workstationId: ulid(),
      identity: { ...identity, window: '9', clerk: '核对员' },
    }),
  });
  expect(enrolled.status).toBe(201);
  const { token } = (await enrolled.json()) as { token: string };
  return async () => {
    const response = await fetch(`${hubs.url('51')}/v1/changes?cursor=0&limit=500`, { headers: { authorization: `Bearer ${token}` } });
    return ((await response.json()) as { changes: unknown[] }).changes.length;
  };
}

test('events the hub lost in a restore are pushed again by the workstation itself', async ({ workstations, hubs }) => {
  const workstation = await workstations.open('restore', { identity });
  const { page } = workstation;
  const shell = new ShellModel(page);
  const intake = new IntakePageModel(page);
  await shell.expectHub('交换平台在线');
  const hallEventsAtHub = await hallFeedReader(hubs);

  const acceptOne = async (name: string) => {
    await intake.chooseMatter('户籍证明开具', HANDLING_COUNTIES.hubRestore);
    await intake.fillApplicant({ name, idNumber: '11010519491231002X', mobile: '13700001111' });
    await intake.tickMaterial('申请人居民身份证');
    await intake.accept();
    await shell.expectOutbox(0);
    await intake.acceptNext();
  };

  // 受理 and 推送办理地: two events per case.
  await acceptOne('周杰');
  await expect.poll(hallEventsAtHub).toBe(2);
  await hubs.backupHub('51');
  await acceptOne('吴敏');
  await expect.poll(hallEventsAtHub).toBe(4);

  // The workstation is closed for the night while the hub is restored.
  await page.close();
  await hubs.restoreHub('51');
  expect(await hallEventsAtHub()).toBe(2);

  // Next morning the app starts; nothing is clicked: it notices the restore and sends the case again.
  const morning = await page.context().newPage();
  await morning.goto(workstation.url);
  await expect.poll(hallEventsAtHub, { timeout: 60_000 }).toBe(4);
  await new ShellModel(morning).expectOutbox(0);
});
