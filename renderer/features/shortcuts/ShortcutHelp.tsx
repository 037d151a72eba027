/** The 快捷键 button in the header: lists every shortcut, so nobody has to remember them. */
import { Button, Popover, Typography } from 'antd';
import { SHORTCUTS } from './shortcut-keys';

export function ShortcutHelp() {
  const content = (
    <table data-testid="shortcut-list">
      <tbody>
        {SHORTCUTS.map((shortcut) => (
          <tr key={shortcut.id}>
            <td style={{ paddingRight: 16 }}>
              <Typography.Text keyboard>{shortcut.key}</Typography.Text>
            </td>
            <td>{shortcut.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Popover content={content} title="快捷键" trigger="click">
      <Button size="small" ghost>
        快捷键
      </Button>
    </Popover>
  );
}
