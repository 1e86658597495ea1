using FluentValidation;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Bids;

/// <summary>What a bidder sends; attachments are uploaded first and referred to by id. <see cref="Joint"/> makes it a
/// joint bid (联合答题): the sender's organisation leads, the members named there confirm.</summary>
public sealed record BidRequest(
    [LongText] string TechnicalApproach, [LongText] string Team, decimal Budget, [LongText] string Schedule, IReadOnlyList<Guid>? AttachmentIds = null,
    JointRequest? Joint = null);

/// <summary>联合答题: the lead's own role and share, and each member with its role and share; the shares add up to the
/// budget.</summary>
public sealed record JointRequest(string LeadRole, decimal LeadShare, IReadOnlyList<JointMemberRequest> Members);

public sealed record JointMemberRequest(Guid OrganisationId, string Role, decimal Share);

public sealed class BidRequestValidator : AbstractValidator<BidRequest>
{
    public const int MaxAttachments = 10;

    /// <summary>Members besides the lead: a consortium, not a list of everyone.</summary>
    public const int MaxMembers = 9;

    public BidRequestValidator()
    {
        RuleFor(r => r.TechnicalApproach).NotEmpty().TrimmedLength(20, 20000);
        RuleFor(r => r.Team).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.Budget).Money();
        RuleFor(r => r.Schedule).NotEmpty().TrimmedLength(2, 5000);
        RuleFor(r => r.AttachmentIds).Must(a => a is null || (a.Count <= MaxAttachments && a.Distinct().Count() == a.Count))
            .WithMessage($"At most {MaxAttachments} different attachments.");
        When(r => r.Joint is not null, () =>
        {
            RuleFor(r => r.Joint!.LeadRole).NotEmpty().TrimmedLength(2, 50).OverridePropertyName("joint.leadRole");
            RuleFor(r => r.Joint!.LeadShare).Money().GreaterThan(0).OverridePropertyName("joint.leadShare");
            RuleFor(r => r.Joint!.Members).NotEmpty().Must(m => m.Count <= MaxMembers && m.Select(x => x.OrganisationId).Distinct().Count() == m.Count)
                .WithMessage($"One to {MaxMembers} members, each organisation once.").OverridePropertyName("joint.members");
            RuleForEach(r => r.Joint!.Members).ChildRules(m =>
            {
                m.RuleFor(x => x.Role).NotEmpty().TrimmedLength(2, 50);
                m.RuleFor(x => x.Share).Money().GreaterThan(0);
            }).OverridePropertyName("joint.members");
        });
    }
}
