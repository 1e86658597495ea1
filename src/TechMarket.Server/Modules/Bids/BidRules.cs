using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The rules bid decisions share: who may bid, with what, and when bids may change at all — only while the
/// challenge is open, judged by the clock: a bid one tick after the deadline is refused even if the scheduler has not
/// closed the challenge yet.</summary>
internal static class BidRules
{
    /// <summary>The refusal of a bid command after the deadline, by the clock or by the bidding gate.</summary>
    public static readonly DomainError Closed = DomainError.Conflict("bidding-closed", "Bidding on this challenge is closed.");

    /// <summary>
    /// The bid's content as it is committed to: the text trimmed, and each attachment's name, size and hash taken from
    /// the stored upload — never from the client — and only from uploads of the bidder's organisation for this challenge.
    /// </summary>
    /// <param name="uploads">The uploads the request names, as far as they exist.</param>
    public static DomainError? Content(
        BidRequest request, Guid challengeId, Actor actor, IReadOnlyDictionary<Guid, BidAttachment> uploads, out BidContent content)
    {
        var attachments = new List<AttachmentRef>();
        content = new BidContent(request.TechnicalApproach.Trim(), request.Team.Trim(), request.Budget, request.Schedule.Trim(), attachments);
        foreach (var (id, index) in (request.AttachmentIds ?? []).Select((id, i) => (id, i)))
        {
            if (!uploads.TryGetValue(id, out var upload) || !actor.BelongsTo(upload.OrganisationId) || upload.ChallengeId != challengeId)
            {
                return DomainError.Invalid($"attachmentIds[{index}]", "No such upload of your organisation for this challenge.");
            }

            attachments.Add(upload.ToRef());
        }

        return null;
    }

    public static DomainError? Eligible(ChallengeDetails challenge, Organisation? organisation, Actor actor)
    {
        if (organisation is null || !actor.BelongsTo(organisation.Id))
        {
            return DomainError.Forbidden("not-eligible", "Only users of an approved organisation can bid.");
        }

        if (ActingOrganisation.Refusal(actor, organisation) is { } suspended)
        {
            return suspended;
        }

        if (!organisation.IsApproved)
        {
            return DomainError.Forbidden("not-eligible", "Only users of an approved organisation can bid.");
        }

        if (challenge.Terms.Eligibility.Refuses(organisation) is { } refused)
        {
            return refused;
        }

        return challenge.FunderIds.Contains(organisation.Id)
            ? DomainError.Forbidden("not-eligible", "An enterprise cannot bid on a challenge it funds.")
            : null;
    }

    public static DomainError? WindowOpen(ChallengeDetails challenge, DateTimeOffset now)
    {
        if (challenge.Status == ChallengeStatus.Published && now < challenge.Terms.OpensAt)
        {
            return DomainError.Conflict("bidding-not-open",
                string.Create(CultureInfo.InvariantCulture, $"Bidding opens at {challenge.Terms.OpensAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        }

        return challenge.Status == ChallengeStatus.Published && now < challenge.Terms.ClosesAt ? null : Closed;
    }

    public static DomainError? BidderOnly(Bid bid, Actor actor) =>
        actor.BelongsTo(bid.OrganisationId)
            ? null
            : DomainError.Forbidden("not-bidder", "Only the organisation that submitted this bid may change it.");

    public static DomainError? RequireSubmitted(Bid bid, string action) =>
        bid.Status == BidStatus.Submitted
            ? null
            : DomainError.Conflict("invalid-transition", $"A withdrawn bid cannot be {action}; submit it again instead.");

    /// <summary>A bid asks at most what a winner can be funded: the bounty, or in a horse race bounty ÷ planned winners.</summary>
    public static DomainError? WithinBounty(BidContent content, ChallengeDetails challenge)
    {
        var cap = FundingLimits.PerWinnerCap(challenge.Bounty, challenge.Terms);
        return content.Budget <= cap
            ? null
            : DomainError.Invalid("budget", challenge.Terms.Mode == ChallengeMode.HorseRace
                ? string.Create(CultureInfo.InvariantCulture,
                    $"In this horse race a team's budget may not exceed {cap:N2} yuan (the bounty of {challenge.Bounty:N2} ÷ {challenge.Terms.WinnerCount} teams).")
                : string.Create(CultureInfo.InvariantCulture, $"The budget may not exceed the bounty of {cap:N2} yuan."));
    }
}
