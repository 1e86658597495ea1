import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { ScoreBid } from './ScoringPage';

describe('scoring a blind bid', () => {
  it('keeps what the expert types and shows the weighted total', async () => {
    const review = {
      challengeId: 'c', title: '榜单', status: 'UnderReview' as const,
      criteria: [{ key: 'c1', name: '方案', weight: 60 }, { key: 'c2', name: '团队', weight: 40 }],
      bids: [{ label: 'A', myScores: null, recused: false }],
    };
    const bid = { label: 'A', commitment: 'x', content: { technicalApproach: '方案内容', team: '团队', budget: 1, schedule: '进度', attachments: [] } };
    render(<QueryClientProvider client={new QueryClient()}><App><ScoreBid review={review} bid={bid} /></App></QueryClientProvider>);
    const inputs = screen.getAllByRole('spinbutton');
    await userEvent.type(inputs[0], '9');
    await userEvent.type(inputs[1], '5');
    expect(inputs[0]).toHaveValue('9');
    expect(await screen.findByText('加权总分：74')).toBeInTheDocument();
  });
});
