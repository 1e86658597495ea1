using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class RegisterContractTests
{
    private static RegisterContract Command(ContractStory story, Actor? by = null, RegisterContractRequest? request = null, TiedContract? tied = null, decimal threshold = 10_000_000m) =>
        new(request ?? new RegisterContractRequest("2026330212000007", story.State.Terms.Type, story.State.Terms.TechnologyAmount), tied, threshold,
            by ?? story.SellerBureau, Given.Now);

    [Fact]
    public void The_seller_s_bureau_registers_with_everything_statistics_need()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        var registered = RegisterContract.Decide(story.State, Command(story, request: new("2026330212000007", ContractType.Development, 800_000m)))
            .ShouldEmitSingle<ContractRegistered>();

        registered.RegistrationNumber.ShouldBe("2026330212000007");
        registered.Registry.ShouldBe(ContractStory.SellerDistrict);
        registered.RegisteredOn.ShouldBe(Given.TodayInChina);
        (registered.BuyerOrganisationId, registered.BuyerDistrict).ShouldBe((story.Buyer.Id, ContractStory.BuyerDistrict));
        (registered.SellerOrganisationId, registered.SellerDistrict).ShouldBe((story.Seller.Id, ContractStory.SellerDistrict));
        (registered.Type, registered.ContractAmount, registered.TechnologyAmount, registered.Field).ShouldBe((ContractType.Development, 1_000_000m, 800_000m, "0401"));
        registered.Origin.ShouldBe(ContractOrigin.Direct);
        registered.Flags.ShouldBe(new RegistrationFlags(OverThreshold: false, ForeignParty: false, TaxReliefEligible: true, RelatedParties: false));
        registered.Corrections.ShouldBeEmpty();
        story.Take(Decision.Accept(registered)).State.Status.ShouldBe(ContractStatus.Registered);
    }

    [Fact]
    public void The_buyer_s_bureau_may_not_register_but_the_city_s_may()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        RegisterContract.Decide(story.State, Command(story, Actors.Bureau(ContractStory.BuyerDistrict))).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        RegisterContract.Decide(story.State, Command(story, Actors.CityBureau())).ShouldEmitSingle<ContractRegistered>().Registry.ShouldBe("city");
    }

    [Fact]
    public void Only_a_contract_every_party_signed_is_registered()
    {
        var story = new ContractStory().Drafted();

        RegisterContract.Decide(story.State, Command(story)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void A_changed_type_or_technology_amount_needs_its_reason_and_is_recorded_as_a_correction()
    {
        var story = new ContractStory().Drafted().SignedByBoth();
        var changed = new RegisterContractRequest("2026330212000007", ContractType.Service, 500_000m);

        RegisterContract.Decide(story.State, Command(story, request: changed)).ShouldBeInvalid("typeChangeReason");
        RegisterContract.Decide(story.State, Command(story, request: changed with { TypeChangeReason = "实为技术服务" })).ShouldBeInvalid("technologyAmountChangeReason");

        var registered = RegisterContract.Decide(story.State, Command(story, request: changed with
            {
                TypeChangeReason = "实为技术服务", TechnologyAmountChangeReason = "设备采购费不计入技术交易额",
            }))
            .ShouldEmitSingle<ContractRegistered>();
        registered.Corrections.ShouldBe([
            new RegistrationCorrection("type", "Development", "Service", "实为技术服务"),
            new RegistrationCorrection("technologyAmount", "800000.00", "500000.00", "设备采购费不计入技术交易额"),
        ]);
        (registered.Type, registered.TechnologyAmount).ShouldBe((ContractType.Service, 500_000m));
    }

    [Fact]
    public void A_confirmed_contract_amount_needs_its_reason_and_is_the_amount_statistics_count()
    {
        var story = new ContractStory().Drafted().SignedByBoth();
        var lower = new RegisterContractRequest("2026330212000007", ContractType.Development, 600_000m, TechnologyAmountChangeReason: "扣除设备费",
            ContractAmount: 700_000m);

        RegisterContract.Decide(story.State, Command(story, request: lower)).ShouldBeInvalid("contractAmountChangeReason");
        RegisterContract.Decide(story.State, Command(story, request: lower with { ContractAmountChangeReason = "设备采购不属于技术合同", TechnologyAmount = 700_000.01m }))
            .ShouldBeInvalid("technologyAmount");
        var registered = RegisterContract.Decide(story.State, Command(story, request: lower with { ContractAmountChangeReason = "设备采购不属于技术合同" }, threshold: 800_000m))
            .ShouldEmitSingle<ContractRegistered>();

        (registered.ContractAmount, registered.TechnologyAmount, registered.Flags.OverThreshold).ShouldBe((700_000m, 600_000m, false));
        registered.Corrections[0].ShouldBe(new RegistrationCorrection("contractAmount", "1000000.00", "700000.00", "设备采购不属于技术合同"));
        // The money due stays what the parties signed: the milestones still sum to it.
        story.Take(Decision.Accept(registered)).State.Terms.ContractAmount.ShouldBe(1_000_000m);
    }

    [Fact]
    public void A_technology_amount_above_the_contract_amount_is_not_registered()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        RegisterContract.Decide(story.State, Command(story, request: new("2026330212000007", ContractType.Development, 1_000_000.01m, TechnologyAmountChangeReason: "x")))
            .ShouldBeInvalid("technologyAmount");
    }

    [Fact]
    public void Flags_name_a_large_contract_a_foreign_party_and_related_parties()
    {
        var story = new ContractStory().Drafted(ContractStory.Terms(foreign: [new ForeignParty("Fraunhofer IKTS", "DE", PartySide.Seller)], related: true)).SignedByBoth();

        var flags = RegisterContract.Decide(story.State, Command(story, threshold: 999_999.99m)).ShouldEmitSingle<ContractRegistered>().Flags;

        flags.ShouldBe(new RegistrationFlags(OverThreshold: true, ForeignParty: true, TaxReliefEligible: true, RelatedParties: true));
        RegisterContract.Decide(story.State, Command(story, threshold: 1_000_000m)).ShouldEmitSingle<ContractRegistered>().Flags.OverThreshold.ShouldBeFalse();
    }

    [Fact]
    public void The_bureau_may_find_parties_related_with_a_reason()
    {
        var story = new ContractStory().Drafted().SignedByBoth();
        var request = new RegisterContractRequest("2026330212000007", ContractType.Development, 800_000m, RelatedParties: true);

        RegisterContract.Decide(story.State, Command(story, request: request)).ShouldBeInvalid("relatedPartiesReason");
        RegisterContract.Decide(story.State, Command(story, request: request with { RelatedPartiesReason = "同一实际控制人" }))
            .ShouldEmitSingle<ContractRegistered>().Flags.RelatedParties.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ContractType.Consulting, null, false)]
    [InlineData(ContractType.Service, null, false)]
    [InlineData(ContractType.Consulting, ContractType.Development, true)]
    [InlineData(ContractType.Service, ContractType.Licence, true)]
    [InlineData(ContractType.Service, ContractType.Consulting, false)]
    [InlineData(ContractType.Transfer, null, true)]
    [InlineData(ContractType.Licence, null, true)]
    public void Tax_relief_covers_development_transfer_and_licence_and_consulting_or_service_tied_to_them(ContractType type, ContractType? tiedType, bool eligible)
    {
        var story = new ContractStory().Drafted(ContractStory.Terms(type: type)).SignedByBoth();
        var tied = tiedType is { } t ? new TiedContract(Guid.CreateVersion7(), t, story.Buyer.Id, story.Seller.Id) : null;

        RegisterContract.Decide(story.State, Command(story, tied: tied)).ShouldEmitSingle<ContractRegistered>().Flags.TaxReliefEligible.ShouldBe(eligible);
    }

    [Fact]
    public void The_bureau_may_refuse_registration_with_a_reason_and_the_draft_goes_back_unsigned()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        story.Take(RefuseRegistration.Decide(story.State, new RefuseRegistration("合同标的不属于技术合同", story.SellerBureau, Given.Now)));

        (story.State.Status, story.State.Signatures.Count).ShouldBe((ContractStatus.Draft, 0));
        RefuseRegistration.Decide(story.State, new RefuseRegistration("再次", story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
