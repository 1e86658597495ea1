using Marten;
using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Demo;

/// <summary>Seeds the demo world through the same decisions the API uses. Idempotent: every organisation, account
/// and need has a stable identity, and what exists is left alone.</summary>
internal sealed class DemoData(
    IDocumentStore store, IChallengeBids bids, UserManager<AppUser> users, Contracts.ContractFileContent files, ReferenceData.ReferenceCatalog catalog,
    TimeProvider clock,
    ILogger<DemoData> logger) : IStartupTask
{
    /// <summary>Last: the demo plays through every module, on reference data and upgraded read models.</summary>
    public int Order => 900;

    public async Task RunAsync(CancellationToken ct)
    {
        var organisations = new Dictionary<string, Organisation>();
        foreach (var demo in DemoCatalog.Organisations)
        {
            organisations[demo.Key] = await EnsureOrganisationAsync(demo, ct);
        }

        var accounts = new Dictionary<string, AppUser>();
        foreach (var demo in DemoCatalog.Users)
        {
            accounts[demo.Email] = await EnsureUserAsync(demo, organisations, ct);
        }

        await EnsureExpertProfilesAsync(accounts, ct);
        var world = new DemoWorld(organisations.Values.ToList(), accounts.Values.ToList());
        await DemoProfiles.SeedAsync(store, world, organisations, clock.GetUtcNow(), ct); // before the needs, so that accepting them finds universities
        var officer = DemoWorld.ActorFor(accounts["bureau@techmarket.demo"], Roles.Bureau);
        foreach (var demo in DemoCatalog.Needs)
        {
            await EnsureNeedAsync(demo, organisations[demo.OrganisationKey], accounts, officer, ct);
        }

        await new DemoChallenges(store, bids, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoRounds(store, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoAchievements(store, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoContracts(store, files, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoStatistics(store, catalog, world, clock.GetUtcNow()).SeedAsync(ct);

        logger.LogInformation("Demo data is in place: {Organisations} organisations, {Users} accounts, {Needs} needs, challenges in every state, achievements, contracts, vouchers",
            organisations.Count, accounts.Count, DemoCatalog.Needs.Count);
    }

    private async Task<Organisation> EnsureOrganisationAsync(DemoCatalog.DemoOrganisation demo, CancellationToken ct)
    {
        var id = StableId("organisation", demo.Key);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Organisation>(id, ct) is { } existing)
        {
            return existing;
        }

        var events = new List<OrganisationEvent>
        {
            new OrganisationRegistered(id, demo.Name, demo.Kind, demo.District, CreditCode.Complete(demo.CreditCode17), Guid.Empty, clock.GetUtcNow()),
        };
        if (demo.Approved)
        {
            events.Add(new OrganisationApproved(id, Guid.Empty, clock.GetUtcNow()));
        }

        session.Events.StartStream<Organisation>(id, [.. events]);
        await session.SaveChangesAsync(ct);
        return events.Aggregate((Organisation?)null, Organisation.Evolve)!;
    }

    private async Task<AppUser> EnsureUserAsync(DemoCatalog.DemoUser demo, Dictionary<string, Organisation> organisations, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(demo.Email) is { } existing)
        {
            return existing;
        }

        var user = new AppUser
        {
            Id = StableId("user", demo.Email),
            UserName = demo.Email,
            Email = demo.Email,
            EmailConfirmed = true,
            DisplayName = demo.DisplayName,
            OrganisationId = demo.OrganisationKey is { } key ? organisations[key].Id : null,
            Jurisdiction = demo.Jurisdiction,
        };
        Ensure(await users.CreateAsync(user, DemoCatalog.Password), demo.Email);
        Ensure(await users.AddToRoleAsync(user, demo.Role), demo.Email);
        ct.ThrowIfCancellationRequested();
        return user;
    }

    private async Task EnsureExpertProfilesAsync(Dictionary<string, AppUser> accounts, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        foreach (var (email, fields) in DemoCatalog.ExpertFields)
        {
            var expert = accounts[email];
            if (await session.LoadAsync<ExpertProfile>(expert.Id, ct) is null)
            {
                session.Store(new ExpertProfile(expert.Id, expert.DisplayName, expert.OrganisationId, fields, []));
            }
        }

        await session.SaveChangesAsync(ct);
    }

    private async Task EnsureNeedAsync(
        DemoCatalog.DemoNeed demo, Organisation organisation, Dictionary<string, AppUser> accounts, Actor officer, CancellationToken ct)
    {
        var id = StableId("need", demo.Key);
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            return;
        }

        var owner = DemoWorld.ActorFor(accounts.Values.First(u => u.OrganisationId == organisation.Id), Roles.Enterprise);
        var now = clock.GetUtcNow();
        var events = new List<object>();
        var need = Take(DraftNeed.Decide(new DraftNeed(id, demo.Content, owner, now), organisation), null, events);
        if (demo.Status != NeedStatus.Draft)
        {
            need = Take(SubmitNeed.Decide(need, new SubmitNeed(owner, now, Own: organisation)), need, events);
        }

        need = demo.Status switch
        {
            NeedStatus.Accepted => Take(AcceptNeed.Decide(need, new AcceptNeed(demo.RefinedTitle, null, officer, now)), need, events),
            NeedStatus.Rejected => Take(RejectNeed.Decide(need, new RejectNeed(demo.Note!, officer, now)), need, events),
            NeedStatus.Withdrawn => Take(WithdrawNeed.Decide(need, new WithdrawNeed(demo.Note, owner, now, organisation), []), need, events),
            _ => need,
        };

        session.Events.StartStream<Need>(id, events);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>Keeps a decision's events and folds them into the state the next decision needs.</summary>
    private static Need Take(Decision decision, Need? state, List<object> events)
    {
        if (decision.Error is { } error)
        {
            throw new InvalidOperationException($"Demo data broke a rule: {error.Detail}");
        }

        events.AddRange(decision.Events);
        return decision.Events.Cast<NeedEvent>().Aggregate(state, Need.Evolve)!;
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The same demo item gets the same id on every machine and every start.</summary>
    internal static Guid StableId(string kind, string key) => DeterministicGuid.From($"techmarket-demo/{kind}/{key}");
}
