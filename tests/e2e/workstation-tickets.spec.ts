/**
 * A hall's 系统管理员 issues a 注册票据 for a new window in 工作站注册; the new PC, which holds
 * no province enrollment code, walks the setup wizard with it and enrolls; the administrator's
 * list then shows it, and the record shows who issued the ticket.
 */
import { PeopleModel } from './pages/people';
import { SetupPageModel } from './pages/setup-page';
import { WorkstationsPageModel } from './pages/workstations-page';
import { expect, test } from './support/fixtures';
import { WINDOWS } from './support/windows';

test('an administrator issues a ticket for window 4, the new window enrolls with it and is listed', async ({ workstations }) => {
  const admin = (await workstations.open('tickets-admin', { identity: WINDOWS.ticketsAdmin })).page;
  const screen = new WorkstationsPageModel(admin);

  const ticket = await test.step('the administrator issues a ticket for window 4; the hall’s list shows this window', async () => {
    await screen.open();
    await expect(screen.workstationRow('3')).toContainText('（本机）');
    await expect(screen.workstationRow('3')).toContainText('在用');
    return screen.issueTicket('4');
  });

  await test.step('the new PC at window 4 enrolls with the ticket in the setup wizard', async () => {
    const newcomer = await workstations.open('tickets-window-4', { identity: 'first-run', enrollment: 'ticket' });
    const setup = new SetupPageModel(newcomer.page);
    await setup.enrollWithTicket({
      province: '四川省',
      county: '锦江区',
      hallNumber: '40',
      hallName: WINDOWS.ticketsAdmin.hall.name,
      window: '4',
      ticket,
    });
    // The hall has accounts already: the wizard hands over to signing in, and the hall's account works here.
    const account = workstations.accountOf(WINDOWS.ticketsAdmin.hall.code);
    if (!account) throw new Error('the administrator’s window seeded no account');
    await new PeopleModel(newcomer.page).signIn({ ...account, name: account.name });
    await expect(newcomer.page.getByTestId('workstation-identity')).toContainText('4号窗口');
  });

  await test.step('the administrator’s list shows window 4 enrolled, and the record the ticket', async () => {
    await screen.reload();
    await expect(screen.workstationRow('4')).toContainText('在用');
    await expect(screen.actions()).toContainText('发放注册票据');
    await expect(screen.actions()).toContainText('4号窗口的注册票据');
  });
});
