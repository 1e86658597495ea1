using JasperFx.Core;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The one fold of the contract read model, registered inline through <c>StreamFold</c>; the tests fold with it too.</summary>
public static class ContractDetailsProjection
{
    [JasperFxIgnore]
    public static ContractDetails? Evolve(ContractDetails? details, ContractEvent e)
    {
        if (e is ContractDrafted drafted)
        {
            details = Created(drafted);
        }

        if (details is null)
        {
            return null;
        }

        switch (e)
        {
            case ContractRevised r:
                SetTerms(details, r.Terms);
                details.Signatures = [];
                break;
            case ContractSigned s:
                details.Signatures.Add(new Signature(s.OrganisationId, s.SignerName, s.At));
                if (details.PartyIds.All(p => details.Signatures.Any(x => x.OrganisationId == p)))
                {
                    details.Status = ContractStatus.FullySigned;
                    details.SignedAt ??= s.At;
                }

                break;
            case ContractRegistrationRefused r:
                (details.Status, details.RefusalReason, details.Signatures) = (ContractStatus.Draft, r.Reason, []);
                break;
            case ContractRegistered r:
                details.Status = ContractStatus.Registered;
                details.RefusalReason = null;
                details.Registration = new RegistrationView(
                    r.RegistrationNumber, r.Registry, r.RegisteredOn, r.Type, r.ContractAmount, r.TechnologyAmount, r.Flags, r.Corrections, r.By);
                break;
            case MilestoneDelivered m:
                Change(details, m.Milestone, x => x with { Status = MilestoneStatus.Delivered, Deliveries = [.. x.Deliveries, new Delivery(m.Note, m.Evidence, m.At)] });
                break;
            case MilestoneAccepted m:
                Change(details, m.Milestone, x => x with { Status = MilestoneStatus.Accepted, AcceptedAt = m.At });
                break;
            case MilestoneRejected m:
                Change(details, m.Milestone, x => x with { Status = MilestoneStatus.Open, Rejections = [.. x.Rejections, new Rejection(m.Reason, m.At)] });
                break;
            case PaymentOpened p:
                details.Payments.Add(new PaymentView(
                    p.PaymentId, p.Milestone, p.Method, p.Amount, PaymentStatus.Open, 0m, p.StripePaymentIntentId, p.Transfer, p.VoucherId, p.At, null, null));
                Change(details, p.Milestone, x => x with { Held = x.Held + p.Amount });
                details.OpenTransfers += p.Method == PaymentMethod.BankTransfer ? 1 : 0;
                break;
            case PaymentConfirmed p:
                Settle(details, p.PaymentId, x => x with { Status = PaymentStatus.Confirmed, ConfirmedOn = p.ConfirmedOn }, confirmed: true);
                details.Settled += p.Amount;
                break;
            case PaymentRejected p:
                Settle(details, p.PaymentId, x => x with { Status = PaymentStatus.Rejected, Reason = p.Reason }, confirmed: false);
                break;
            case PaymentCancelled p:
                Settle(details, p.PaymentId, x => x with { Status = PaymentStatus.Cancelled, Reason = p.Reason }, confirmed: false);
                break;
            case PaymentRefunded p:
                details.Payments = [.. details.Payments.Select(x => x.Id == p.PaymentId ? x with { Refunded = x.Refunded + p.Amount } : x)];
                Change(details, p.Milestone, x => x with { Confirmed = x.Confirmed - p.Amount });
                details.Settled -= p.Amount;
                break;
            case TechnologyTransactionRecorded t:
                details.TechnologySettled += t.TechnologyAmount;
                break;
            case TechnologyTransactionReversed t:
                details.TechnologySettled -= t.TechnologyAmount;
                break;
            case MilestonePaid m:
                Change(details, m.Milestone, x => x with { Status = MilestoneStatus.Paid, PaidAt = m.At });
                break;
            case MilestoneReopened m:
                Change(details, m.Milestone, x => x with { Status = MilestoneStatus.Accepted, PaidAt = null });
                details.Status = details.Status == ContractStatus.Completed ? ContractStatus.Registered : details.Status;
                break;
            case ContractCompleted:
                details.Status = ContractStatus.Completed;
                break;
            case ContractTerminated t:
                details.Status = ContractStatus.Terminated;
                details.TerminationReason = t.Reason;
                details.Milestones = [.. details.Milestones.Select(m => t.CancelledMilestones.Contains(m.Number) ? m with { Status = MilestoneStatus.Cancelled } : m)];
                break;
        }

        details.UpdatedAt = e.At;
        return details;
    }

    private static ContractDetails Created(ContractDrafted e)
    {
        var details = new ContractDetails
        {
            Id = e.ContractId, Status = ContractStatus.Draft, Source = e.Source, Parties = [.. e.Parties], PartyIds = [.. e.Parties.Select(p => p.OrganisationId)],
            CreatedAt = e.At,
        };
        var (buyer, seller) = (e.Parties.First(p => p.Side == PartySide.Buyer && p.Lead), e.Parties.First(p => p.Side == PartySide.Seller && p.Lead));
        (details.BuyerOrganisationId, details.BuyerDistrict, details.SellerOrganisationId, details.SellerDistrict) =
            (buyer.OrganisationId, buyer.District, seller.OrganisationId, seller.District);
        SetTerms(details, e.Terms);
        return details;
    }

    private static void SetTerms(ContractDetails details, ContractTerms terms)
    {
        details.Terms = terms;
        details.BrokerId = terms.Broker?.UserId;
        details.Milestones = [.. terms.Milestones.Select((m, i) => new MilestoneView(
            i + 1, m.Deliverable, m.Amount, m.DueOn, MilestoneStatus.Open, 0m, 0m, [], [], null, null))];
    }

    private static void Change(ContractDetails details, int number, Func<MilestoneView, MilestoneView> change)
    {
        if (details.Milestone(number) is { } milestone)
        {
            details.Milestones[number - 1] = change(milestone);
        }
    }

    private static void Settle(ContractDetails details, Guid paymentId, Func<PaymentView, PaymentView> change, bool confirmed)
    {
        if (details.Payments.FirstOrDefault(p => p.Id == paymentId) is not { } payment)
        {
            return;
        }

        details.Payments = [.. details.Payments.Select(p => p.Id == paymentId ? change(p) : p)];
        details.OpenTransfers -= payment.Method == PaymentMethod.BankTransfer && payment.Status == PaymentStatus.Open ? 1 : 0;
        Change(details, payment.Milestone, m => m with { Held = m.Held - payment.Amount, Confirmed = confirmed ? m.Confirmed + payment.Amount : m.Confirmed });
    }
}
