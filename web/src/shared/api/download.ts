import { currentAccessToken } from '@/shared/auth/oidc';
import { ApiProblem } from './problem';

/** The signed-in user's bearer header, for the few calls made with fetch itself (files up and down). */
export async function bearerHeader(): Promise<Record<string, string>> {
  const token = await currentAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Fetches a file with the user's token and saves it under the name the server gives (Content-Disposition), else
 * under `fallbackName`. A refusal is thrown as the server's problem. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: await bearerHeader() });
  if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  // Chromium starts the download only from a link in the document, and reads the blob after the click returns.
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
