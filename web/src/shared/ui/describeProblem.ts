import type { TFunction } from 'i18next';
import { ApiProblem, isProblem } from '../api/problem';
import { zhCN } from '../i18n/zh-CN';

export interface ProblemText {
  title: string;
  message: string;
  /** The server's own words, shown when we have no translation of its code. */
  detail?: string;
}

type Code = keyof typeof zhCN.problems.codes;
type Status = keyof typeof zhCN.problems.status;
type ServerMessage = keyof typeof zhCN.serverMessages;

const isCode = (code: string): code is Code => code in zhCN.problems.codes;
const isStatus = (status: string): status is Status => status in zhCN.problems.status;

/** A problem in the user's language: the title from the status, the message from the problem's stable code. */
export function describeProblem(error: unknown, t: TFunction): ProblemText {
  const problem = isProblem(error) ? error : new ApiProblem(500, {});
  const status = String(problem.status);
  const title = isStatus(status) ? t(`problems.status.${status}`) : t('problems.status.other');
  if (isCode(problem.code)) {
    // Conflict refusals carry specifics (names, labels) only the server knows: keep its words beside ours.
    const specific = problem.status === 409 || problem.code.startsWith('expert-conflict') || problem.code === 'validation';
    return { title, message: t(`problems.codes.${problem.code}`), detail: specific && problem.detail ? problem.detail : undefined };
  }
  return { title, message: problem.detail || t('problems.status.other') };
}

/** A field error in the user's language when we know the server's message, else as the server wrote it. The message is
 * the key: a colon in it ("Not a date: …") is no namespace separator. */
export function translateFieldMessage(message: string, t: TFunction): string {
  return message in zhCN.serverMessages ? t(`serverMessages.${message as ServerMessage}` as never, { nsSeparator: false }) : message;
}

/** Field errors keyed the way antd forms name fields: "needs[0].amount" → ['needs', 0, 'amount']. */
export function fieldPath(key: string): (string | number)[] {
  return key
    .split('.')
    .flatMap((part) => part.split(/\[(\d+)\]/).filter(Boolean))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.charAt(0).toLowerCase() + part.slice(1)));
}
