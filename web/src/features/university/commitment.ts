/** The bid commitment of docs/COMMITMENTS.md, recomputed in the browser so a bidder need not trust the server. */
export interface CommitmentInput {
  challengeId: string;
  organisationId: string;
  technicalApproach: string;
  team: string;
  budget: number | string;
  schedule: string;
  attachmentHashes: string[];
  salt: string;
  /** A joint bid's terms: part of its receipt from receipt format 2 on (docs/COMMITMENTS.md); leave out for format 1. */
  joint?: {
    leadRole: string;
    leadShare: number | string;
    members: { organisationId: string; role: string; share: number | string }[];
  } | null;
}

const encoder = new TextEncoder();

export function canonical(input: CommitmentInput): string {
  const fields: [string, string][] = [
    ['challengeId', input.challengeId.toLowerCase()],
    ['organisationId', input.organisationId.toLowerCase()],
    ['technicalApproach', input.technicalApproach],
    ['team', input.team],
    ['budget', Number(input.budget).toFixed(2)],
    ['schedule', input.schedule],
    ...input.attachmentHashes.map((hash): [string, string] => ['attachment', hash]),
    ...jointFields(input.joint),
    ['salt', input.salt],
  ];
  return fields.map(([name, value]) => `${name}:${encoder.encode(value).length}:${value}\n`).join('');
}

/** The lead's terms, then each member's in the order of their ids (lower-case, compared as text). */
function jointFields(joint: CommitmentInput['joint']): [string, string][] {
  if (!joint || joint.members.length === 0) return [];
  const members = joint.members
    .map((m) => ({ ...m, organisationId: m.organisationId.toLowerCase() }))
    .sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0));
  return [
    ['leadRole', joint.leadRole],
    ['leadShare', Number(joint.leadShare).toFixed(2)],
    ...members.flatMap((m): [string, string][] => [
      ['member', m.organisationId],
      ['memberRole', m.role],
      ['memberShare', Number(m.share).toFixed(2)],
    ]),
  ];
}

export async function computeCommitment(input: CommitmentInput): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonical(input)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
