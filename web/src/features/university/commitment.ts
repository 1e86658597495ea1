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
    ['salt', input.salt],
  ];
  return fields.map(([name, value]) => `${name}:${encoder.encode(value).length}:${value}\n`).join('');
}

export async function computeCommitment(input: CommitmentInput): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonical(input)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
