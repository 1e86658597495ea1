import i18n from '@/shared/i18n';
import { ApiProblem } from '../api/problem';
import { describeProblem, fieldPath, translateFieldMessage } from './describeProblem';

describe('problems in the user language', () => {
  afterEach(() => i18n.changeLanguage('zh-CN'));

  it('maps a refusal code to its translation and keeps the server detail of a conflict', async () => {
    const problem = new ApiProblem(409, { type: 'urn:techmarket:problem:funding-unconfirmed', detail: 'Waiting for funding confirmation from: 甬江.' });
    const zh = describeProblem(problem, i18n.t);
    expect(zh.title).toBe('当前状态下不能这样操作');
    expect(zh.message).toBe('还有企业未确认出资，暂不能发布。');
    expect(zh.detail).toContain('甬江');
    await i18n.changeLanguage('en');
    expect(describeProblem(problem, i18n.t).message).toBe('Some enterprises have not confirmed their funding yet.');
  });

  it('treats a 412 as someone else having changed the item', () => {
    const text = describeProblem(new ApiProblem(412, { type: 'urn:techmarket:problem:stale-version' }), i18n.t);
    expect(text.title).toBe('此内容已被他人修改');
  });

  it('falls back to the server words for an unknown code', () => {
    expect(describeProblem(new ApiProblem(409, { type: 'urn:techmarket:problem:brand-new', detail: 'Something new.' }), i18n.t).message).toBe('Something new.');
  });

  it('reads field errors as antd field paths and translates known messages', () => {
    expect(fieldPath('needs[0].amount')).toEqual(['needs', 0, 'amount']);
    expect(fieldPath('Title')).toEqual(['title']);
    expect(translateFieldMessage('Unknown technical field code.', i18n.t)).toBe('未知的技术领域代码。');
    expect(translateFieldMessage('Something else.', i18n.t)).toBe('Something else.');
  });

  it('reads the bad cells of a refused sheet as rows, not as field errors', () => {
    const problem = new ApiProblem(400, {
      type: 'urn:techmarket:problem:invalid-rows',
      errors: [{ row: 3, column: '预算上限', message: "The budget's upper bound is below its lower bound." }, { row: 4 }],
    });
    expect(problem.code).toBe('invalid-rows');
    expect(problem.rowErrors).toEqual([{ row: 3, column: '预算上限', message: "The budget's upper bound is below its lower bound." }]);
    expect(problem.fieldErrors).toEqual({});
    expect(describeProblem(problem, i18n.t).message).toBe('导入的文件中有错误的行，未导入任何内容。');
    expect(translateFieldMessage(problem.rowErrors[0].message, i18n.t)).toBe('预算上限低于下限。');
  });

  it('translates a server message with a colon in it (not read as a namespace)', async () => {
    expect(translateFieldMessage('Not a date: write it as 2027-06-30.', i18n.t)).toBe('不是日期：请按 2027-06-30 的格式填写。');
    expect(translateFieldMessage("Required: the posting organisation's 统一社会信用代码.", i18n.t)).toBe('必填：请填写发布单位的统一社会信用代码。');
    await i18n.changeLanguage('en');
    expect(translateFieldMessage('No registered organisation has this 统一社会信用代码.', i18n.t)).toBe('No registered organisation has this unified social credit code.');
  });
});
