/** One bad cell of an uploaded sheet: the row as the spreadsheet numbers it, the column by its header. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** An RFC 7807 problem answered by the API, with its stable code (the tail of `type`) and field errors, or — for a
 * refused sheet (`invalid-rows`) — the list of its bad cells. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: Record<string, string[]>;
  readonly rowErrors: RowError[];

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.code = codeOf(problem.type, status);
    this.title = typeof problem.title === 'string' ? problem.title : '';
    this.detail = detail;
    this.fieldErrors = isFieldErrors(problem.errors) ? problem.errors : {};
    this.rowErrors = Array.isArray(problem.errors) ? problem.errors.filter(isRowError) : [];
  }
}

const prefix = 'urn:techmarket:problem:';

function codeOf(type: unknown, status: number): string {
  if (typeof type === 'string' && type.startsWith(prefix)) return type.slice(prefix.length);
  if (status === 0) return 'network';
  return status === 412 ? 'stale-version' : 'error';
}

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(Array.isArray);
}

function isRowError(value: unknown): value is RowError {
  const cell = value as Partial<RowError> | null;
  return typeof cell === 'object' && cell !== null && typeof cell.row === 'number' && typeof cell.column === 'string' && typeof cell.message === 'string';
}

export function isProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
