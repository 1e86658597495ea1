using System.Globalization;
using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// 技术合同 notices: each party whose signature is missing is asked for it (not the user whose act made it so), and the
/// seller side — those who deliver and are paid — hears that a milestone was accepted and that a payment arrived. Only
/// the users of the contract's own parties are told. The contract is read as its events left it at the event (the read
/// model's own fold through that version): "still missing after the event" means then, not after later signatures.
/// </summary>
public static class ContractNotices
{
    /// <summary>What an event tells and to whom: the organisations' users, less one user (who caused it).</summary>
    public sealed record Told(NoticeKind Kind, IReadOnlyList<Guid> Organisations, Guid? Except, Dictionary<string, string> Values);

    public static async Task TellAsync(IQuerySession reader, NotificationOutbox outbox, IEvent e, CancellationToken ct)
    {
        var happened = (ContractEvent)e.Data;
        var contract = (await reader.Events.FetchStreamAsync(happened.ContractId, e.Version, token: ct))
            .Select(x => x.Data).OfType<ContractEvent>().Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve);
        if (contract is null || Decide(contract, happened) is not { } told)
        {
            return;
        }

        var users = await Recipients.OfOrganisationsAsync(reader, told.Organisations, ct);
        outbox.Notify(users.Where(u => u != told.Except), e.Sequence, told.Kind, contract.Id, contract.Terms.Title, e.Timestamp, told.Values);
    }

    /// <summary>The notice of a contract event, given the contract as it stood right after it; null when nobody is told.</summary>
    public static Told? Decide(ContractDetails contract, ContractEvent e) => e switch
    {
        ContractDrafted d => SignatureRequested(contract, SignatureCause.Drafted, d.By),
        ContractRevised r => SignatureRequested(contract, SignatureCause.Revised, r.By),
        ContractRegistrationRefused r => SignatureRequested(contract, SignatureCause.RegistrationRefused, r.By),
        ContractSigned s => SignatureRequested(contract, SignatureCause.CounterpartSigned, s.By),
        MilestoneAccepted m => ToSellers(contract, NoticeKind.MilestoneAccepted, m.Milestone),
        PaymentConfirmed p => ToSellers(contract, NoticeKind.PaymentReceived, p.Milestone,
            ("amount", p.Amount.ToString("F2", CultureInfo.InvariantCulture)), ("method", p.Method.ToString())),
        _ => null,
    };

    private static Told? SignatureRequested(ContractDetails contract, SignatureCause cause, Guid by)
    {
        var missing = contract.PartyIds.Where(p => contract.Signatures.All(s => s.OrganisationId != p)).ToList();
        return missing.Count == 0 ? null : new Told(NoticeKind.SignatureRequested, missing, by, new() { ["cause"] = cause.ToString() });
    }

    private static Told? ToSellers(ContractDetails contract, NoticeKind kind, int number, params (string Key, string Value)[] more)
    {
        if (contract.Milestone(number) is not { } milestone)
        {
            return null;
        }

        var values = new Dictionary<string, string> { ["milestone"] = milestone.Number.ToString(CultureInfo.InvariantCulture), ["milestoneTitle"] = milestone.Deliverable };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return new Told(kind, [.. contract.Parties.Where(p => p.Side == PartySide.Seller).Select(p => p.OrganisationId)], null, values);
    }
}
