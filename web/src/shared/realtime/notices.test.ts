import i18n from '@/shared/i18n';
import { describeNotice, noticeLink, type Notice } from './notices';

const contractId = '01938a4e-7c1b-7000-8000-000000000001';
const notice = (kind: Notice['kind'], values: Record<string, string>): Notice => ({
  sequence: 7, kind, subjectId: contractId, title: '高精度伺服电机联合开发', values, at: '2026-12-01T04:00:00Z', read: false,
});
const zh = (n: Notice) => describeNotice(n, i18n.getFixedT('zh-CN'), 'zh-CN');
const en = (n: Notice) => describeNotice(n, i18n.getFixedT('en'), 'en');

describe('contract notices in both languages', () => {
  it('says why a signature is wanted, cause by cause', () => {
    expect(zh(notice('SignatureRequested', { cause: 'Drafted' }))).toBe('合同《高精度伺服电机联合开发》已起草，待您签署');
    expect(zh(notice('SignatureRequested', { cause: 'CounterpartSigned' }))).toBe('对方已签署合同《高精度伺服电机联合开发》，待您签署');
    expect(zh(notice('SignatureRequested', { cause: 'Revised' }))).toBe('合同《高精度伺服电机联合开发》已修改，原有签署作废，待您重新签署');
    expect(zh(notice('SignatureRequested', { cause: 'RegistrationRefused' }))).toBe('合同《高精度伺服电机联合开发》未通过认定登记，原有签署作废，待您重新签署');
    expect(en(notice('SignatureRequested', { cause: 'CounterpartSigned' }))).toBe('The other party signed the contract “高精度伺服电机联合开发”; it awaits your signature');
  });

  it('still asks for the signature when the cause is one it does not know', () => {
    expect(zh(notice('SignatureRequested', { cause: 'SomethingNew' }))).toBe('合同《高精度伺服电机联合开发》待您签署');
    expect(en(notice('SignatureRequested', {}))).toBe('The contract “高精度伺服电机联合开发” awaits your signature');
  });

  it('names the accepted milestone by number and title', () => {
    const accepted = notice('MilestoneAccepted', { milestone: '2', milestoneTitle: '样机交付' });
    expect(zh(accepted)).toBe('合同《高精度伺服电机联合开发》第 2 个节点「样机交付」已验收通过，待对方付款');
    expect(en(accepted)).toBe('Milestone 2 (样机交付) of the contract “高精度伺服电机联合开发” was accepted; payment is next');
  });

  it('reads a payment as money in the reader’s language, with the method translated', () => {
    const paid = notice('PaymentReceived', { milestone: '1', milestoneTitle: '方案设计', amount: '120000.00', method: 'BankTransfer' });
    expect(zh(paid)).toBe('合同《高精度伺服电机联合开发》第 1 个节点「方案设计」的款项12万元已到账（银行转账）');
    expect(en(paid)).toBe('Payment received for milestone 1 (方案设计) of the contract “高精度伺服电机联合开发”: CN¥120,000.00 (Bank transfer)');
    expect(zh({ ...paid, values: { ...paid.values, amount: '3500.50', method: 'Voucher' } })).toContain('款项3,500.5元已到账（创新券）');
  });

  it('opens the contract for all three kinds, whatever the reader’s role', () => {
    for (const kind of ['SignatureRequested', 'MilestoneAccepted', 'PaymentReceived'] as const) {
      expect(noticeLink(notice(kind, {}))).toBe(`/contracts/${contractId}`);
    }
  });

  it('keeps the older links as they were', () => {
    expect(noticeLink(notice('MatchFound', { subjectKind: 'Need', subjectId: 'n1' }))).toBe('/needs/n1');
    expect(noticeLink(notice('ReviewAssigned', {}))).toBeNull();
  });
});
