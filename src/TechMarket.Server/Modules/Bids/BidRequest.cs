using FluentValidation;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Bids;

/// <summary>What a bidder sends; attachments are uploaded first and referred to by id.</summary>
public sealed record BidRequest(string TechnicalApproach, string Team, decimal Budget, string Schedule, IReadOnlyList<Guid>? AttachmentIds);

public sealed class BidRequestValidator : AbstractValidator<BidRequest>
{
    public const int MaxAttachments = 10;

    public BidRequestValidator()
    {
        RuleFor(r => r.TechnicalApproach).NotEmpty().TrimmedLength(20, 20000);
        RuleFor(r => r.Team).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.Budget).Must(NeedContentValidator.IsMoney)
            .WithMessage("An amount in CNY (yuan) from 0 to 100 billion, with at most two decimals.");
        RuleFor(r => r.Schedule).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.AttachmentIds).Must(a => a is null || (a.Count <= MaxAttachments && a.Distinct().Count() == a.Count))
            .WithMessage($"At most {MaxAttachments} different attachments.");
    }
}
