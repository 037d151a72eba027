import { useEffect, useState } from 'react';

/**
 * A blob: URL for a stored Blob, revoked when the Blob changes or the component unmounts,
 * so scans viewed all day do not pin their bytes in memory. Null while there is no Blob.
 */
export function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return undefined;
    }
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}
