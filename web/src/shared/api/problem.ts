/** An RFC 7807 problem answered by the API, with its stable code (the tail of `type`) and field errors. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.code = codeOf(problem.type, status);
    this.title = typeof problem.title === 'string' ? problem.title : '';
    this.detail = detail;
    this.fieldErrors = isFieldErrors(problem.errors) ? problem.errors : {};
  }
}

const prefix = 'urn:techmarket:problem:';

function codeOf(type: unknown, status: number): string {
  if (typeof type === 'string' && type.startsWith(prefix)) return type.slice(prefix.length);
  if (status === 0) return 'network';
  return status === 412 ? 'stale-version' : 'error';
}

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && Object.values(value).every(Array.isArray);
}

export function isProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
