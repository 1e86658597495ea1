import { currentAccessToken } from '@/shared/auth/oidc';
import { ApiProblem } from '@/shared/api/problem';
import type { AttachmentRef } from '@/shared/api/types';

/**
 * Uploads one attachment with progress. fetch() cannot report upload progress, so this one request uses
 * XMLHttpRequest; the endpoint is the typed client's POST /api/challenges/{id}/attachments.
 */
export async function uploadAttachment(challengeId: string, file: File, onProgress: (percent: number) => void): Promise<AttachmentRef> {
  const token = await currentAccessToken();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/challenges/${encodeURIComponent(challengeId)}/attachments`);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    request.onload = () => {
      const body = request.responseText ? JSON.parse(request.responseText) : null;
      if (request.status >= 200 && request.status < 300) resolve(body as AttachmentRef);
      else reject(new ApiProblem(request.status, body));
    };
    request.onerror = () => reject(new ApiProblem(0, null));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
