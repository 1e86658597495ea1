import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { bearerHeader } from '@/shared/api/download';
import { ApiProblem } from '@/shared/api/problem';
import type { ContractFileRef, ContractStatus, ContractView } from '@/shared/api/types';
import type { PageRequest } from '@/shared/ui/serverPaging';

export const contractKeys = {
  mine: ['contracts', 'mine'] as const,
  contract: (id: string) => ['contracts', id] as const,
  registrations: (status: ContractStatus) => ['contracts', 'registrations', status] as const,
  transfers: ['payments', 'transfers'] as const,
  vouchers: ['vouchers', 'mine'] as const,
  ledger: ['brokers', 'ledger'] as const,
  methods: ['payments', 'methods'] as const,
  issued: ['vouchers', 'issued'] as const,
  redemptions: (from?: string, to?: string) => ['vouchers', 'redemptions', from ?? '', to ?? ''] as const,
  award: (challengeId: string) => ['contracts', 'award', challengeId] as const,
};

export const useMyContracts = (request: PageRequest) =>
  useQuery({
    queryKey: [...contractKeys.mine, request],
    queryFn: () => unwrap(api.GET('/api/contracts/mine', { params: { query: request } })),
    placeholderData: (previous) => previous,
  });

export const useContract = (id: string) =>
  useQuery({
    queryKey: contractKeys.contract(id),
    queryFn: () => unwrap(api.GET('/api/contracts/{id}', { params: { path: { id } } })) as Promise<ContractView>,
  });

export const useRegistrations = (status: ContractStatus, request: PageRequest) =>
  useQuery({
    queryKey: [...contractKeys.registrations(status), request],
    queryFn: () => unwrap(api.GET('/api/contracts/registrations', { params: { query: { status, ...request } } })),
    placeholderData: (previous) => previous,
  });

export const useTransfers = () => useQuery({ queryKey: contractKeys.transfers, queryFn: () => unwrap(api.GET('/api/payments/transfers')) });

export const useMyVouchers = () => useQuery({ queryKey: contractKeys.vouchers, queryFn: () => unwrap(api.GET('/api/vouchers/mine')) });

/** A page of the broker's ledger, newest first, with the whole ledger's line count and reward total. */
export const useLedger = (request: PageRequest) =>
  useQuery({
    queryKey: [...contractKeys.ledger, request],
    queryFn: () => unwrap(api.GET('/api/brokers/me/ledger', { params: { query: request } })),
    placeholderData: (previous) => previous,
  });

export const usePaymentMethods = () =>
  useQuery({ queryKey: contractKeys.methods, queryFn: () => unwrap(api.GET('/api/payments/methods')), staleTime: 300_000 });

export const useIssuedVouchers = (request: PageRequest) =>
  useQuery({
    queryKey: [...contractKeys.issued, request],
    queryFn: () => unwrap(api.GET('/api/vouchers', { params: { query: request } })),
    placeholderData: (previous) => previous,
  });

export const useRedemptions = (from?: string, to?: string) =>
  useQuery({ queryKey: contractKeys.redemptions(from, to), queryFn: () => unwrap(api.GET('/api/vouchers/redemptions', { params: { query: { from, to } } })) });

export const useAwardContracts = (challengeId: string) =>
  useQuery({
    queryKey: contractKeys.award(challengeId),
    queryFn: () => unwrap(api.GET('/api/challenges/{id}/contracts', { params: { path: { id: challengeId } } })),
  });

/** Uploads a file to the contract (evidence, a bank receipt) and answers its reference. */
export async function uploadContractFile(contractId: string, file: File): Promise<ContractFileRef> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/contracts/${encodeURIComponent(contractId)}/files`, {
    method: 'POST',
    headers: await bearerHeader(),
    body: form,
  });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body as ContractFileRef;
}

