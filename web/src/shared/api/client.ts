import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem } from './problem';

type TokenSource = () => Promise<string | null>;
let tokenSource: TokenSource = async () => null;
let languageSource: () => string = () => 'zh-CN';

/** The auth layer tells the client where the current access token comes from (renewed silently). */
export function setAccessTokenSource(source: TokenSource) {
  tokenSource = source;
}

export function setLanguageSource(source: () => string) {
  languageSource = source;
}

const authenticate: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', languageSource());
    return request;
  },
};

/** The typed client: paths, parameters and bodies come from the generated OpenAPI types. */
export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin });
api.use(authenticate);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; a problem answer is thrown as ApiProblem. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<NonNullable<T>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiProblem(0, { detail: 'network' });
  }
  if (!answer.response.ok) throw new ApiProblem(answer.response.status, answer.error);
  return answer.data as NonNullable<T>;
}

/** Like unwrap, with the ETag the server sent (the version to send back as If-Match). */
export async function unwrapWithVersion<T>(call: Promise<Answer<T>>): Promise<{ data: T; etag: string | null }> {
  const answer = await call.catch(() => {
    throw new ApiProblem(0, { detail: 'network' });
  });
  if (!answer.response.ok) throw new ApiProblem(answer.response.status, answer.error);
  return { data: answer.data as T, etag: answer.response.headers.get('ETag') };
}

/** The If-Match header for the version a screen showed: a stale one is answered 412. */
export function ifMatch(version: number | string | null | undefined): Record<string, string> {
  if (version === null || version === undefined) return {};
  const text = String(version);
  return { 'If-Match': text.startsWith('"') ? text : `"${text}"` };
}
