using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Who may upload for a challenge, and how much: those who may bid on it, while bidding is open, and its winners
/// after the award (their delivery), within a
/// quota per organisation and challenge — so an upload costs nobody else anything.</summary>
public static class UploadRules
{
    public static DomainError? Admit(
        ChallengeDetails challenge, Organisation? organisation, Actor actor, IReadOnlyList<long> held, AttachmentOptions limits, DateTimeOffset now) =>
        ActingOrganisation.Refusal(actor, organisation)
        ?? (DeliversTo(challenge, actor) ? null : BidRules.Eligible(challenge, organisation, actor) ?? BidRules.WindowOpen(challenge, now))
        ?? Quota(held, 0, limits);

    /// <summary>A winning team still in the race uploads the files of its delivery (成果交付) after the award.</summary>
    private static bool DeliversTo(ChallengeDetails challenge, Actor actor) =>
        challenge.Status is ChallengeStatus.Awarded or ChallengeStatus.InProgress
        && actor.OrganisationId is { } organisation
        && challenge.Results.Any(r => r.Won && r.OrganisationId == organisation && !challenge.Eliminated.Contains(r.BidId));

    /// <param name="held">The sizes of the uploads the organisation holds for the challenge.</param>
    /// <param name="size">The new file's size; 0 to ask whether there is room for any file at all.</param>
    public static DomainError? Quota(IReadOnlyList<long> held, long size, AttachmentOptions limits)
    {
        if (held.Count + 1 > limits.MaxFilesPerChallenge || held.Sum() + Math.Max(size, 1) > limits.MaxBytesPerChallenge)
        {
            return DomainError.Conflict("upload-quota", string.Create(CultureInfo.InvariantCulture,
                $"Your organisation may hold {limits.MaxFilesPerChallenge} files and {limits.MaxBytesPerChallenge / AttachmentOptions.MiB} MiB "
                + $"of uploads for one challenge; uploads no bid uses are removed after {limits.UnusedRetentionHours} hours."));
        }

        return null;
    }
}
