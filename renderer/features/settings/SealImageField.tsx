/** 印章图片: pick a PNG, see it as it will sit over the seal area, or take it away. */
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { readSealImage } from './seal-image-file';

interface SealImageFieldProps {
  value: string | null;
  onChange(value: string | null): void;
}

export function SealImageField({ value, onChange }: SealImageFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      onChange(await readSealImage(file));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      // The same file may be picked again after a fix elsewhere.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Space direction="vertical" size={8}>
      <input
        ref={input}
        id="sealImage"
        data-testid="seal-image-input"
        type="file"
        accept="image/png"
        hidden
        onChange={(event) => void pick(event.target.files?.[0])}
      />
      {value && (
        <img
          src={value}
          alt="印章图片预览"
          data-testid="seal-image-preview"
          style={{ width: 120, height: 120, objectFit: 'contain', border: '1px dashed #d9d9d9', background: '#fff' }}
        />
      )}
      <Space>
        <Button onClick={() => input.current?.click()}>{value ? '更换印章图片' : '选择印章图片'}</Button>
        {value && (
          <Button danger onClick={() => onChange(null)}>
            移除印章图片
          </Button>
        )}
      </Space>
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Space>
  );
}
