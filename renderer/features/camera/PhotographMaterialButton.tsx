import { Button } from 'antd';
import { useRef, useState } from 'react';
import { CameraCaptureDialog } from './CameraCaptureDialog';

/**
 * 拍照 for one material row: opens the document camera dialog and, when it closes, puts the
 * focus back on this button so the clerk carries on down the checklist from the keyboard.
 * `onSave` stores the PDF (the draft's or the case's scan path) and throws the clerk's message.
 */
export function PhotographMaterialButton({
  materialName,
  onSave,
}: {
  materialName: string;
  onSave(pdf: Blob, fileName: string): Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button size="small" autoInsertSpace={false} ref={button} onClick={() => setOpen(true)} aria-label={`拍照：${materialName}`}>
        拍照
      </Button>
      <CameraCaptureDialog
        open={open}
        materialName={materialName}
        onSave={onSave}
        onClose={() => setOpen(false)}
        afterClose={() => button.current?.focus()}
      />
    </>
  );
}
