using FluentValidation;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Bids;

/// <summary>What a bidder sends; attachments are uploaded first and referred to by id.</summary>
public sealed record BidRequest(
    [LongText] string TechnicalApproach, [LongText] string Team, decimal Budget, [LongText] string Schedule, IReadOnlyList<Guid>? AttachmentIds = null);

public sealed class BidRequestValidator : AbstractValidator<BidRequest>
{
    public const int MaxAttachments = 10;

    public BidRequestValidator()
    {
        RuleFor(r => r.TechnicalApproach).NotEmpty().TrimmedLength(20, 20000);
        RuleFor(r => r.Team).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.Budget).Money();
        RuleFor(r => r.Schedule).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.AttachmentIds).Must(a => a is null || (a.Count <= MaxAttachments && a.Distinct().Count() == a.Count))
            .WithMessage($"At most {MaxAttachments} different attachments.");
    }
}
