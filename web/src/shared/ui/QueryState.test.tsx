import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiProblem } from '../api/problem';
import { AuthProvider } from '../auth/AuthProvider';
import { QueryState } from './QueryState';

function Screen({ load }: { load: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['items'], queryFn: load, retry: false });
  return (
    <QueryState query={query} isEmpty={(d) => d.length === 0} empty="没有内容">
      {(items) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>}
    </QueryState>
  );
}

const renderScreen = (load: () => Promise<string[]>) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AuthProvider><App><Screen load={load} /></App></AuthProvider>
    </QueryClientProvider>,
  );

describe('the designed states of a screen', () => {
  it('shows the empty state when there is nothing', async () => {
    renderScreen(async () => []);
    expect(await screen.findByText('没有内容')).toBeInTheDocument();
  });

  it('shows a problem in Chinese with a retry that loads again', async () => {
    let calls = 0;
    renderScreen(async () => {
      calls += 1;
      if (calls === 1) throw new ApiProblem(403, { type: 'urn:techmarket:problem:forbidden' });
      return ['第一项'];
    });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
    expect(screen.getByText('您没有执行此操作的权限。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('第一项')).toBeInTheDocument();
  });

  it('offers to sign in again when the session has ended, instead of a retry', async () => {
    renderScreen(async () => {
      throw new ApiProblem(401, { type: 'urn:techmarket:problem:unauthenticated' });
    });
    expect(await screen.findByText('登录已失效')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登\s*录/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /重\s*试/ })).not.toBeInTheDocument();
  });
});
