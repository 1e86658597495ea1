using Marten;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Server.Modules.Demo;

/// <summary>Demo contracts of every type and state, vouchers, and broker rewards, played through the real decisions
/// with times in the past: a draft, one waiting for registration, registered ones in performance, one completed, one
/// terminated; payments by bank transfer and by voucher. Registered contracts are part of the contract history that
/// expert conflict checks read, so none is between a demo expert's organisation and a demo bidder.</summary>
internal sealed class DemoContracts(IDocumentStore store, ContractFileContent files, DemoWorld world, DateTimeOffset now)
{
    private const string City = "bureau@techmarket.demo";
    private const decimal RewardPercent = 2m;

    private sealed record Story(string Key, string Title, ContractType Type, string Buyer, string Seller, decimal[] Milestones, decimal TechnologyShare, ContractStatus Target,
        string? Broker = null, bool Voucher = false, bool TransferPending = false);

    private static readonly Story[] Stories =
    [
        new("coating", "反渗透膜抗污染涂层联合开发", ContractType.Development, "enterprise@techmarket.demo", "institute@techmarket.demo", [300_000m, 500_000m], 1m, ContractStatus.Draft),
        new("reducer-transfer", "RV减速器齿形修形专利转让", ContractType.Transfer, "enterprise.beilun@techmarket.demo", "university@techmarket.demo", [600_000m], 1m,
            ContractStatus.FullySigned),
        new("pv-licence", "光伏组件隐裂检测算法许可", ContractType.Licence, "enterprise.cixi@techmarket.demo", "university@techmarket.demo", [200_000m, 300_000m], 0.9m,
            ContractStatus.Registered, "broker@techmarket.demo", TransferPending: true),
        new("cathode-consulting", "高镍正极量产工艺技术咨询", ContractType.Consulting, "enterprise@techmarket.demo", "institute@techmarket.demo", [100_000m, 100_000m], 1m,
            ContractStatus.Registered, "broker.sun@techmarket.demo", Voucher: true),
        new("optics-service", "非球面透镜面形检测技术服务", ContractType.Service, "enterprise.yinzhou@techmarket.demo", "institute@techmarket.demo", [80_000m, 120_000m], 1m,
            ContractStatus.Completed, "broker@techmarket.demo"),
        new("suture-service", "可吸收缝合线降解性能测试服务", ContractType.Service, "enterprise.yinzhou@techmarket.demo", "university@techmarket.demo", [150_000m], 1m,
            ContractStatus.Terminated),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var voucherId = DemoData.StableId("voucher", "yongjiang-service");
        await EnsureVoucherAsync(voucherId, "enterprise@techmarket.demo", [VoucherUse.Consulting, VoucherUse.TechnicalService], [], ct);
        await EnsureVoucherAsync(DemoData.StableId("voucher", "yuyao-testing"), "enterprise.yuyao@techmarket.demo", [VoucherUse.TestingAndInstruments],
            [world.Organisation("institute@techmarket.demo")!.Id], ct);
        await EnsureAwardContractAsync(ct);
        foreach (var story in Stories)
        {
            var id = DemoData.StableId("contract", story.Key);
            await using var session = store.LightweightSession();
            if (await session.Events.FetchStreamStateAsync(id, ct) is null)
            {
                await PlayAsync(session, id, story, voucherId, ct);
            }
        }
    }

    /// <summary>The awarded demo challenge's winner drafts its contract (origin: challenge).</summary>
    private async Task EnsureAwardContractAsync(CancellationToken ct)
    {
        var id = DemoData.StableId("contract", "award-reducer");
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null
            || await session.LoadAsync<ChallengeDetails>(DemoData.StableId("challenge", "awarded"), ct) is not { } challenge)
        {
            return;
        }

        var work = AwardSource.From(challenge);
        var winner = challenge.Results.First(r => r.Won);
        var funding = work.Winners.Single(w => w.BidId == winner.BidId).Funding;
        var milestones = new MilestoneTerms[]
        {
            new("关节模组轻量化设计方案与样机", Math.Round(funding * 0.4m, 2), DateOnly.FromDateTime(now.AddMonths(4).UtcDateTime)),
            new("小批量试制与可靠性验证", funding - Math.Round(funding * 0.4m, 2), DateOnly.FromDateTime(now.AddMonths(10).UtcDateTime)),
        };
        var organisations = world.Organisations.ToDictionary(o => o.Id);
        var request = new DraftAwardContractRequest(winner.Label, ContractType.Development, Math.Round(funding * 0.9m, 2), milestones);
        var decision = DraftAwardContract.Decide(new DraftAwardContract(
            id, work, request, winner.BidId, organisations, null, world.Actors.First(a => a.OrganisationId == winner.OrganisationId), now.AddDays(-2)));
        session.Events.StartStream<Contract>(id, [.. Expect(decision)]);
        session.Insert(new AwardContractClaim { Id = id, ChallengeId = challenge.Id, BidId = winner.BidId });
        await session.SaveChangesAsync(ct);
    }

    private async Task EnsureVoucherAsync(Guid id, string holder, VoucherUse[] uses, Guid[] providers, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            return;
        }

        var request = new IssueVoucherRequest(world.Organisation(holder)!.Id, 100_000m, DateOnly.FromDateTime(now.AddYears(1).UtcDateTime), uses, 50m, providers);
        var decision = IssueVoucher.Decide(new IssueVoucher(id, request, world.Organisation(holder), [.. providers.Select(p => (Organisation?)world.Organisations.Single(o => o.Id == p))],
            world.Actor(City), now.AddDays(-40)));
        session.Events.StartStream<Voucher>(id, [.. Expect(decision)]);
        await session.SaveChangesAsync(ct);
    }

    private async Task PlayAsync(IDocumentSession session, Guid id, Story story, Guid voucherId, CancellationToken ct)
    {
        var (buyer, seller, officer) = (world.Actor(story.Buyer), world.Actor(story.Seller), world.Actor(City));
        var (buyerOrganisation, sellerOrganisation) = (world.Organisation(story.Buyer)!, world.Organisation(story.Seller)!);
        IReadOnlyList<Organisation> parties = [buyerOrganisation, sellerOrganisation];
        var amount = story.Milestones.Sum();
        var broker = story.Broker is { } email ? new ContractBroker(world.Actor(email).UserId, world.Actor(email).Name) : null;
        var terms = new ContractTerms(story.Title, story.Type, "0401", amount, amount * story.TechnologyShare,
            [.. story.Milestones.Select((m, i) => new MilestoneTerms($"第{i + 1}阶段：{story.Title}成果交付", m, DateOnly.FromDateTime(now.AddMonths(2 * (i + 1)).UtcDateTime)))],
            broker, [], false, null);
        var play = new Play();
        var at = now.AddDays(-30);
        play.Do(null, DraftContract.Decide(new DraftContract(id, PartySide.Buyer, world.Organisation(story.Buyer), world.Organisation(story.Seller), [], terms, null, buyer, at)));
        if (story.Target == ContractStatus.Draft)
        {
            await SaveAsync(session, id, play, ct);
            return;
        }

        play.Do(c => SignContract.Decide(c, new SignContract(buyer, at.AddDays(1), buyerOrganisation, parties)));
        play.Do(c => SignContract.Decide(c, new SignContract(seller, at.AddDays(2), sellerOrganisation, parties)));
        if (story.Target == ContractStatus.FullySigned)
        {
            await SaveAsync(session, id, play, ct);
            return;
        }

        var number = $"2026{world.Organisation(story.Seller)!.District}{(Array.IndexOf(Stories, story) + 1):D6}";
        play.Do(c => RegisterContract.Decide(c, new RegisterContract(new RegisterContractRequest(number, story.Type, terms.TechnologyAmount), null, 10_000_000m, officer, at.AddDays(4))));
        if (story.Target == ContractStatus.Terminated)
        {
            play.Do(c => TerminateContract.Decide(c, new TerminateContract("委托方检测需求取消，双方协商解除合同。", buyer, at.AddDays(8), buyerOrganisation)));
            await SaveAsync(session, id, play, ct);
            return;
        }

        var evidence = await DemoFileAsync(session, id, DemoData.StableId("contract-file", story.Key), "阶段成果报告.pdf", story.Title, world.Organisation(story.Seller)!.Id, ct);
        var receipt = await DemoFileAsync(session, id, DemoData.StableId("contract-receipt", story.Key), "银行回单.pdf", $"转账回单：{story.Title}",
            world.Organisation(story.Buyer)!.Id, ct);
        var paidThrough = story.Target == ContractStatus.Completed ? story.Milestones.Length : 1;
        for (var m = 1; m <= paidThrough; m++)
        {
            var (milestone, day) = (m, at.AddDays(6 + (5 * m)));
            play.Do(c => DeliverMilestone.Decide(c, new DeliverMilestone(milestone, "提交阶段成果报告与测试数据。", [evidence], seller, day, sellerOrganisation)));
            play.Do(c => AcceptMilestone.Decide(c, new AcceptMilestone(milestone, buyer, day.AddDays(1), buyerOrganisation, parties)));
            var rest = story.Milestones[m - 1];
            if (story.Voucher)
            {
                var voucher = await session.Events.FetchForWriting<Voucher>(voucherId, ct);
                var (onVoucher, onContract) = ApplyVoucher.Decide(voucher.Aggregate!, play.State!, new ApplyVoucher(
                    DemoData.StableId("payment", $"{story.Key}-voucher"), milestone, rest / 2, RewardPercent, buyer, day.AddDays(2), buyerOrganisation, parties));
                voucher.AppendMany(Expect(onVoucher));
                play.Do(_ => onContract);
                rest /= 2;
            }

            var paymentId = DemoData.StableId("payment", $"{story.Key}-{milestone}");
            var transfer = new TransferRequest(rest, $"ICBC{20260000 + milestone}", Guid.Empty, DateOnly.FromDateTime(day.AddDays(2).UtcDateTime));
            play.Do(c => PayByTransfer.Decide(c, new PayByTransfer(paymentId, milestone, transfer, receipt, buyer, day.AddDays(3), buyerOrganisation, parties)));
            if (!story.TransferPending)
            {
                play.Do(c => ConfirmTransfer.Decide(c, new ConfirmTransfer(paymentId, RewardPercent, officer, day.AddDays(4))));
            }
        }

        await SaveAsync(session, id, play, ct);
    }

    /// <summary>A small real PDF in the contract file store, so that the demo's evidence and receipts open.</summary>
    private async Task<ContractFileRef> DemoFileAsync(IDocumentSession session, Guid contractId, Guid fileId, string name, string text, Guid organisation, CancellationToken ct)
    {
        var bytes = new PdfText(name).Line(name, size: 16).Line(text).Line("演示数据").ToBytes();
        var file = new ContractFile
        {
            Id = fileId, ContractId = contractId, OrganisationId = organisation, FileName = name, ContentType = "application/pdf", Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), UploadedAt = now.AddDays(-20),
        };
        await files.Bytes.DeleteAsync([fileId], ct);
        await files.Bytes.WriteAsync(fileId, new MemoryStream(bytes), file.UploadedAt, ct);
        session.Store(file);
        return file.ToRef();
    }

    private static async Task SaveAsync(IDocumentSession session, Guid id, Play play, CancellationToken ct)
    {
        session.Events.StartStream<Contract>(id, [.. play.Events]);
        await session.SaveChangesAsync(ct);
    }

    private static IReadOnlyList<object> Expect(Decision decision) =>
        decision.Error is { } error ? throw new InvalidOperationException($"Demo contract broke a rule: {error.Code}: {error.Detail}") : decision.Events;

    /// <summary>A contract's events so far and the state they fold to.</summary>
    private sealed class Play
    {
        public List<object> Events { get; } = [];

        public Contract? State { get; private set; }

        public void Do(Func<Contract, Decision> decide) => Do(State, decide(State!));

        public void Do(Contract? state, Decision decision)
        {
            foreach (var e in Expect(decision).Cast<ContractEvent>())
            {
                Events.Add(e);
                state = Contract.Evolve(state, e);
            }

            State = state;
        }
    }
}
