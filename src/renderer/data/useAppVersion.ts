import { useEffect, useState } from 'react';
import { ashore } from '../platform/ashore';

/** The running app's version, recorded in every backup. */
export function useAppVersion(): string {
  const [version, setVersion] = useState('unknown');
  useEffect(() => {
    let active = true;
    void ashore.getAppInfo().then((info) => active && setVersion(info.version));
    return () => {
      active = false;
    };
  }, []);
  return version;
}
