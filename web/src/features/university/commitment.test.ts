import { canonical, computeCommitment } from './commitment';

// The known vector of tests/TechMarket.UnitTests/Bids/BidCommitmentTests.cs: the browser must agree with the server.
const input = {
  challengeId: '0195F3A0-7C1E-7000-8000-00000000C001',
  organisationId: '0195f3a0-7c1e-7000-8000-00000000a002',
  technicalApproach: '石墨烯氧化层: 分两步\n第二步: 中试',
  team: '李教授团队',
  budget: 750000,
  schedule: '12个月',
  attachmentHashes: ['ecd1378bc9dc130008f00d58db5d26f60db55934a49b949af7e6f6a8da2a2beb', '62621bc8aef9b9b1d1276be59be6fe1559b50c2effc01dea02916cecfe2f0bac'],
  salt: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
};

describe('bid commitment recomputed in the browser', () => {
  it('writes the canonical text with UTF-8 byte lengths', () => {
    const text = canonical(input);
    expect(text).toContain('technicalApproach:47:石墨烯氧化层: 分两步\n第二步: 中试\n');
    expect(text).toContain('budget:9:750000.00\n');
    expect(text.startsWith('challengeId:36:0195f3a0-7c1e-7000-8000-00000000c001\n')).toBe(true);
  });

  it('matches the server for the known vector', async () => {
    expect(await computeCommitment(input)).toBe('b686990ffce3d31e570d6a5d11094925a403fc669fee207931a60ababbbea78e');
  });

  it('changes when anything in the bid changes', async () => {
    expect(await computeCommitment({ ...input, budget: 750000.01 })).not.toBe('b686990ffce3d31e570d6a5d11094925a403fc669fee207931a60ababbbea78e');
  });

  it('covers a joint bid\'s members in the order of their ids, as the server does (format 2)', () => {
    const joint = {
      leadRole: '牵头单位', leadShare: 400000,
      members: [
        { organisationId: '0195F3A0-7C1E-7000-8000-00000000B003', role: '联合研发', share: 250000 },
        { organisationId: '0195f3a0-7c1e-7000-8000-00000000a001', role: '中试验证', share: 100000 },
      ],
    };
    // The joint fields of tests/TechMarket.UnitTests/Bids/BidCommitmentTests.cs, before the salt.
    expect(canonical({ ...input, joint })).toBe(canonical(input).replace('salt:64:',
      'leadRole:12:牵头单位\nleadShare:9:400000.00\n' +
      'member:36:0195f3a0-7c1e-7000-8000-00000000a001\nmemberRole:12:中试验证\nmemberShare:9:100000.00\n' +
      'member:36:0195f3a0-7c1e-7000-8000-00000000b003\nmemberRole:12:联合研发\nmemberShare:9:250000.00\nsalt:64:'));
    expect(canonical({ ...input, joint: null })).toBe(canonical(input));
  });
});
