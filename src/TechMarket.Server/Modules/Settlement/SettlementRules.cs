using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>
/// How money lands on a contract. A payment is opened against an accepted milestone of a registered contract for at
/// most what is not yet covered or held; it holds its amount until it is confirmed (then it counts) or given up. Each
/// confirmation records the technology share of the money and the broker's reward; each refund reverses them. The
/// technology share is cumulative — the contract's technology amount in proportion to all money settled, less what
/// was recorded before — so the shares of a fully paid contract add up to its technology amount to the fen.
/// </summary>
public static class SettlementRules
{
    /// <summary>Whether a buyer-side user may pay this much towards the milestone now.</summary>
    public static DomainError? CanOpen(Contract contract, int milestoneNumber, decimal amount, Actor payer)
    {
        if ((ContractRules.SideUserOnly(contract, payer, PartySide.Buyer)
             ?? ContractRules.RequireStatus(contract, "be paid before it is registered (认定登记)", ContractStatus.Registered)) is { } refused)
        {
            return refused;
        }

        if (ContractRules.RequireMilestone(contract, milestoneNumber, "be paid (only an accepted milestone is)", out var milestone, MilestoneStatus.Accepted) is { } notPayable)
        {
            return notPayable;
        }

        if (amount <= 0 || !Money.IsAmount(amount))
        {
            return DomainError.Invalid("amount", "A payment is more than zero. " + Money.Rule);
        }

        return amount <= milestone.Uncovered
            ? null
            : DomainError.Conflict("over-milestone", $"Milestone {milestone.Number} has {milestone.Uncovered:0.00} left to cover (of {milestone.Amount:0.00}; "
                                                     + $"{milestone.Confirmed:0.00} paid, {milestone.Held:0.00} in payments under way).");
    }

    /// <summary>The money of an open payment arrived: confirm it and record what it counts for.</summary>
    public static Decision Confirm(Contract contract, Guid paymentId, DateOnly confirmedOn, Guid? by, string? stripeEventId, decimal rewardPercent, DateTimeOffset now)
    {
        if (!contract.Payments.TryGetValue(paymentId, out var payment))
        {
            return DomainError.NotFound("no-such-payment", "The contract has no such payment.");
        }

        if (payment.Status != PaymentStatus.Open)
        {
            return DomainError.Conflict("payment-not-open", $"The payment is already {payment.Status.ToString().ToLowerInvariant()}.");
        }

        var events = new List<ContractEvent> { new PaymentConfirmed(contract.Id, paymentId, payment.Milestone, payment.Method, payment.Amount, confirmedOn, by, stripeEventId, now) };
        var technology = ContractRules.TechnologyShare(contract, contract.Settled + payment.Amount) - contract.TechnologySettled;
        var voucher = payment.Method == PaymentMethod.Voucher ? payment.Amount : 0m;
        events.Add(new TechnologyTransactionRecorded(contract.Id, paymentId, payment.Amount, technology, voucher, confirmedOn, Facts(contract), now));
        if (contract.Terms.Broker is { } broker && Math.Round(technology * rewardPercent / 100m, 2, MidpointRounding.AwayFromZero) is > 0 and var reward)
        {
            events.Add(new BrokerRewardAccrued(
                contract.Id, paymentId, broker, contract.Terms.Title, contract.Registration!.Number, contract.Seller.District, technology, rewardPercent, reward,
                confirmedOn, now));
        }

        var milestone = contract.MilestoneNumbered(payment.Milestone)!;
        if (milestone.Confirmed + payment.Amount == milestone.Amount)
        {
            events.Add(new MilestonePaid(contract.Id, milestone.Number, now));
            if (contract.Milestones.All(m => m.Number == milestone.Number || m.Status == MilestoneStatus.Paid))
            {
                events.Add(new ContractCompleted(contract.Id, now));
            }
        }

        return Decision.Accept([.. events]);
    }

    /// <summary>Money went back: reverse the payment's share of what it recorded, and reopen its milestone if it was paid.</summary>
    public static Decision Refund(Contract contract, Guid paymentId, decimal amount, DateOnly refundedOn, string? stripeEventId, DateTimeOffset now)
    {
        if (!contract.Payments.TryGetValue(paymentId, out var payment) || payment.Status != PaymentStatus.Confirmed)
        {
            return DomainError.Conflict("payment-not-confirmed", "Only a confirmed payment is refunded.");
        }

        if (amount <= 0 || amount > payment.Amount - payment.Refunded)
        {
            return DomainError.Conflict("over-refund", $"At most {payment.Amount - payment.Refunded:0.00} of this payment can still be refunded.");
        }

        var events = new List<ContractEvent> { new PaymentRefunded(contract.Id, paymentId, payment.Milestone, amount, stripeEventId, now) };
        var technology = Math.Min(contract.TechnologySettled - ContractRules.TechnologyShare(contract, contract.Settled - amount), payment.Technology);
        var voucher = payment.Method == PaymentMethod.Voucher ? amount : 0m;
        events.Add(new TechnologyTransactionReversed(contract.Id, paymentId, amount, technology, voucher, refundedOn, Facts(contract), now));
        var reward = Math.Min(Math.Round(technology * payment.RewardRatePercent / 100m, 2, MidpointRounding.AwayFromZero), payment.Reward);
        if (contract.Terms.Broker is { } broker && reward > 0)
        {
            events.Add(new BrokerRewardReversed(
                contract.Id, paymentId, broker, contract.Terms.Title, contract.Registration!.Number, contract.Seller.District, technology,
                payment.RewardRatePercent, reward, refundedOn, now));
        }

        if (contract.MilestoneNumbered(payment.Milestone) is { Status: MilestoneStatus.Paid } milestone)
        {
            events.Add(new MilestoneReopened(contract.Id, milestone.Number, now));
        }

        return Decision.Accept([.. events]);
    }

    /// <summary>The dimensions statistics cut by, as registered.</summary>
    public static TransactionFacts Facts(Contract contract)
    {
        var registration = contract.Registration!;
        return new TransactionFacts(
            registration.Type, contract.Terms.Field, contract.Buyer.OrganisationId, contract.Buyer.District, contract.Seller.OrganisationId,
            contract.Seller.District, contract.Source.Origin, contract.Source.SourceId, contract.Terms.Broker?.UserId, registration.Number, registration.Registry);
    }

    /// <summary>A decision followed by another on the state the first leaves (open, then confirm at once).</summary>
    public static Decision Then(Contract contract, Decision first, Func<Contract, Decision> next)
    {
        if (first.IsRefused)
        {
            return first;
        }

        var after = first.Events.Cast<ContractEvent>().Aggregate(contract, (c, e) => Contract.Evolve(c, e)!);
        var second = next(after);
        return second.IsRefused ? second : Decision.Accept([.. first.Events, .. second.Events]);
    }

    /// <summary>Yuan to fen (Stripe's unit for CNY).</summary>
    public static long Fen(decimal yuan) => (long)(yuan * 100m);

    public static decimal Yuan(long fen) => fen / 100m;

    public static DateOnly Today(DateTimeOffset now) => now.DateInChina();
}
