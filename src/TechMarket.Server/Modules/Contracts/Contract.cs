using System.Collections.Immutable;
using JasperFx.Core;

namespace TechMarket.Server.Modules.Contracts;

public enum ContractStatus
{
    /// <summary>Being agreed; signatures are collected on the current terms.</summary>
    Draft,

    /// <summary>Every party signed; waiting for registration (认定登记) by the seller's bureau.</summary>
    FullySigned,

    /// <summary>Registered and being performed: milestones are delivered, accepted and paid.</summary>
    Registered,

    /// <summary>Every milestone is paid.</summary>
    Completed,

    Terminated,
}

/// <summary>The state every decision about a contract (and its settlement) depends on, folded by <see cref="Evolve"/>.</summary>
public sealed record Contract(
    Guid Id,
    ContractStatus Status,
    ContractSource Source,
    IReadOnlyList<ContractParty> Parties,
    ContractTerms Terms,
    ImmutableHashSet<Guid> Signatures,
    Registration? Registration,
    ImmutableList<Milestone> Milestones,
    ImmutableDictionary<Guid, Payment> Payments,
    decimal Settled,
    decimal TechnologySettled)
{
    public ContractParty Buyer => Parties.First(p => p.Side == PartySide.Buyer && p.Lead);

    public ContractParty Seller => Parties.First(p => p.Side == PartySide.Seller && p.Lead);

    public bool IsParty(Guid? organisationId) => organisationId is { } id && Parties.Any(p => p.OrganisationId == id);

    public Milestone? MilestoneNumbered(int number) => number >= 1 && number <= Milestones.Count ? Milestones[number - 1] : null;

    /// <summary>The one fold of a contract stream: Marten's FetchForWriting (through <c>StreamFold</c>) and
    /// the tests use it. [JasperFxIgnore] keeps Marten's source generator from taking this static fold for the instance
    /// <c>Evolve(event)</c> convention of self-aggregating types.</summary>
    [JasperFxIgnore]
    public static Contract? Evolve(Contract? state, ContractEvent e) => (state, e) switch
    {
        (null, ContractDrafted d) => new Contract(
            d.ContractId, ContractStatus.Draft, d.Source, d.Parties, d.Terms, [], null, MilestonesOf(d.Terms),
            ImmutableDictionary<Guid, Payment>.Empty, 0m, 0m),
        (null, _) => null,
        ({ } c, ContractRevised r) => c with { Terms = r.Terms, Milestones = MilestonesOf(r.Terms), Signatures = [] },
        ({ } c, ContractSigned s) => c.Signed(s.OrganisationId),
        ({ } c, ContractRegistrationRefused) => c with { Status = ContractStatus.Draft, Signatures = [] },
        ({ } c, ContractRegistered r) => c with
        {
            Status = ContractStatus.Registered,
            Registration = new Registration(r.RegistrationNumber, r.Registry, r.RegisteredOn, r.Type, r.TechnologyAmount, r.Flags),
        },
        ({ } c, MilestoneDelivered m) => c.WithMilestone(m.Milestone, x => x with { Status = MilestoneStatus.Delivered }),
        ({ } c, MilestoneAccepted m) => c.WithMilestone(m.Milestone, x => x with { Status = MilestoneStatus.Accepted }),
        ({ } c, MilestoneRejected m) => c.WithMilestone(m.Milestone, x => x with { Status = MilestoneStatus.Open }),
        ({ } c, PaymentOpened p) => c.WithMilestone(p.Milestone, x => x with { Held = x.Held + p.Amount }) with
        {
            Payments = c.Payments.SetItem(p.PaymentId, new Payment(
                p.PaymentId, p.Milestone, p.Method, p.Amount, PaymentStatus.Open, 0m, p.StripePaymentIntentId, p.VoucherId, 0m, 0m, 0m)),
        },
        ({ } c, PaymentConfirmed p) => c.Released(p.PaymentId, PaymentStatus.Confirmed, confirmed: true) with { Settled = c.Settled + p.Amount },
        ({ } c, PaymentRejected p) => c.Released(p.PaymentId, PaymentStatus.Rejected, confirmed: false),
        ({ } c, PaymentCancelled p) => c.Released(p.PaymentId, PaymentStatus.Cancelled, confirmed: false),
        ({ } c, PaymentRefunded p) => c.WithMilestone(p.Milestone, x => x with { Confirmed = x.Confirmed - p.Amount })
            .WithPayment(p.PaymentId, x => x with { Refunded = x.Refunded + p.Amount }) with { Settled = c.Settled - p.Amount },
        ({ } c, TechnologyTransactionRecorded t) => c.WithPayment(t.PaymentId, x => x with { Technology = x.Technology + t.TechnologyAmount })
            with { TechnologySettled = c.TechnologySettled + t.TechnologyAmount },
        ({ } c, TechnologyTransactionReversed t) => c.WithPayment(t.PaymentId, x => x with { Technology = x.Technology - t.TechnologyAmount })
            with { TechnologySettled = c.TechnologySettled - t.TechnologyAmount },
        ({ } c, BrokerRewardAccrued b) => c.WithPayment(b.PaymentId, x => x with { Reward = x.Reward + b.Reward, RewardRatePercent = b.RatePercent }),
        ({ } c, BrokerRewardReversed b) => c.WithPayment(b.PaymentId, x => x with { Reward = x.Reward - b.Reward }),
        ({ } c, MilestonePaid m) => c.WithMilestone(m.Milestone, x => x with { Status = MilestoneStatus.Paid }),
        ({ } c, MilestoneReopened m) => c.WithMilestone(m.Milestone, x => x with { Status = MilestoneStatus.Accepted }) with
        {
            Status = c.Status == ContractStatus.Completed ? ContractStatus.Registered : c.Status,
        },
        ({ } c, ContractCompleted) => c with { Status = ContractStatus.Completed },
        ({ } c, ContractTerminated t) => c with
        {
            Status = ContractStatus.Terminated,
            Milestones = [.. c.Milestones.Select(m => t.CancelledMilestones.Contains(m.Number) ? m with { Status = MilestoneStatus.Cancelled } : m)],
        },
        _ => state,
    };

    private static ImmutableList<Milestone> MilestonesOf(ContractTerms terms) =>
        [.. terms.Milestones.Select((m, i) => new Milestone(i + 1, m.Deliverable, m.Amount, m.DueOn, MilestoneStatus.Open, 0m, 0m))];

    private Contract Signed(Guid organisationId)
    {
        var signatures = Signatures.Add(organisationId);
        var everyone = Parties.All(p => signatures.Contains(p.OrganisationId));
        return this with { Signatures = signatures, Status = everyone ? ContractStatus.FullySigned : Status };
    }

    private Contract WithMilestone(int number, Func<Milestone, Milestone> change) =>
        MilestoneNumbered(number) is { } milestone ? this with { Milestones = Milestones.SetItem(number - 1, change(milestone)) } : this;

    private Contract WithPayment(Guid paymentId, Func<Payment, Payment> change) =>
        Payments.TryGetValue(paymentId, out var payment) ? this with { Payments = Payments.SetItem(paymentId, change(payment)) } : this;

    /// <summary>An open payment stops holding its amount; a confirmed one adds it to the milestone's coverage.</summary>
    private Contract Released(Guid paymentId, PaymentStatus status, bool confirmed)
    {
        if (!Payments.TryGetValue(paymentId, out var payment))
        {
            return this;
        }

        return WithMilestone(payment.Milestone, m => m with
            {
                Held = m.Held - payment.Amount,
                Confirmed = confirmed ? m.Confirmed + payment.Amount : m.Confirmed,
            })
            .WithPayment(paymentId, p => p with { Status = status });
    }
}
