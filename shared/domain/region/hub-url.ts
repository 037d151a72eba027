/**
 * A province hub's address as a workstation is configured with it. Every call carries the
 * workstation's bearer token and applicants' personal data, so a hub on another machine is
 * reached over https only; plain http is for a hub on this machine (the embedded pair, a
 * developer's hub), where nothing crosses a network.
 */
import { z } from 'zod';

export const HUB_URL_NOT_HTTPS_MESSAGE = '远程交换平台地址必须使用 https（只有本机地址 127.0.0.1 / localhost 可以使用 http）';

/** 127.0.0.0/8, localhost and [::1]: names that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export const hubUrlSchema = z.url({ protocol: /^https?$/, message: '交换平台地址不是有效的网址' }).refine(
  (raw) => {
    // An unparsable address was already reported by z.url(); this rule is about the scheme.
    if (!URL.canParse(raw)) return true;
    const url = new URL(raw);
    return url.protocol === 'https:' || isLoopbackHost(url.hostname);
  },
  { message: HUB_URL_NOT_HTTPS_MESSAGE },
);
