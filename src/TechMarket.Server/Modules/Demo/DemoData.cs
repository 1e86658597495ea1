using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.Server.Modules.Demo;

/// <summary>Seeds the demo world through the same decisions the API uses. Idempotent: every organisation, account
/// and need has a stable identity, and what exists is left alone.</summary>
public sealed class DemoData(
    IDocumentStore store, UserManager<AppUser> users, Contracts.ContractFileContent files, TimeProvider clock, ILogger<DemoData> logger)
{
    public async Task SeedAsync(CancellationToken ct)
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
        var officer = ActorFor(accounts["bureau@techmarket.demo"], Roles.Bureau);
        foreach (var demo in DemoCatalog.Needs)
        {
            await EnsureNeedAsync(demo, organisations[demo.OrganisationKey], accounts, officer, ct);
        }

        var world = new World(organisations.Values.ToList(), accounts.Values.ToList());
        await new DemoChallenges(store, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoAchievements(store, world, clock.GetUtcNow()).SeedAsync(ct);
        await new DemoContracts(store, files, world, clock.GetUtcNow()).SeedAsync(ct);

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

        var registered = new OrganisationRegistered(id, demo.Name, demo.Kind, demo.District, CreditCode.Complete(demo.CreditCode17), Guid.Empty, clock.GetUtcNow());
        var organisation = Organisation.Create(registered);
        var events = new List<object> { registered };
        if (demo.Approved)
        {
            var approval = new OrganisationApproved(id, Guid.Empty, clock.GetUtcNow());
            events.Add(approval);
            organisation = organisation.Apply(approval);
        }

        session.Events.StartStream<Organisation>(id, events);
        await session.SaveChangesAsync(ct);
        return organisation;
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

        var owner = ActorFor(accounts.Values.First(u => u.OrganisationId == organisation.Id), Roles.Enterprise);
        var now = clock.GetUtcNow();
        var events = new List<object>();
        var need = Take(DraftNeed.Decide(id, organisation, demo.Content, owner, now), null, events);
        if (demo.Status != NeedStatus.Draft)
        {
            need = Take(SubmitNeed.Decide(need, owner, now), need, events);
        }

        need = demo.Status switch
        {
            NeedStatus.Accepted => Take(AcceptNeed.Decide(need, new AcceptNeedRequest(demo.RefinedTitle, null), officer, now), need, events),
            NeedStatus.Rejected => Take(RejectNeed.Decide(need, demo.Note!, officer, now), need, events),
            NeedStatus.Withdrawn => Take(WithdrawNeed.Decide(need, demo.Note, owner, now), need, events),
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
        foreach (var e in decision.Events)
        {
            state = e switch
            {
                NeedDrafted drafted => Need.Create(drafted),
                NeedSubmitted submitted => state!.Apply(submitted),
                NeedAccepted accepted => state!.Apply(accepted),
                NeedRejected rejected => state!.Apply(rejected),
                NeedWithdrawn withdrawn => state!.Apply(withdrawn),
                _ => throw new InvalidOperationException($"Demo data does not fold {e.GetType().Name}."),
            };
        }

        return state!;
    }

    /// <summary>The demo organisations and accounts, for stories that act as them.</summary>
    internal sealed class World(IReadOnlyList<Organisation> organisations, IReadOnlyList<AppUser> users)
    {
        public IEnumerable<Actor> Actors => users.Select(u => Actor(u.Email!));

        public IReadOnlyList<Organisation> Organisations => organisations;

        public Actor Actor(string email)
        {
            var user = users.Single(u => u.Email == email);
            return ActorFor(user, DemoCatalog.Users.Single(d => d.Email == email).Role);
        }

        public Organisation? Organisation(string email) =>
            users.Single(u => u.Email == email).OrganisationId is { } id ? organisations.Single(o => o.Id == id) : null;
    }

    private static Actor ActorFor(AppUser user, string role) =>
        new(user.Id, user.DisplayName, new HashSet<string> { role }, user.OrganisationId, user.Jurisdiction);

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The same demo item gets the same id on every machine and every start.</summary>
    internal static Guid StableId(string kind, string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"techmarket-demo/{kind}/{key}")).AsSpan(0, 16));
}

public static class DemoModule
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddScoped<DemoData>();

    /// <summary>Whether to seed the demo world (Demo:Seed). The demo accounts share a published password, so outside
    /// Development and the tests the server refuses to start with Demo:Seed unless Demo:Force says it is meant.</summary>
    public static bool ShouldSeed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return false;
        }

        return environment.IsLocal() || configuration.GetValue<bool>("Demo:Force")
            ? true
            : throw new InvalidOperationException(
                $"Demo:Seed is set in the {environment.EnvironmentName} environment. The demo accounts share the published password " +
                $"{DemoCatalog.Password}; set Demo:Force=true as well if this server is really meant to have them.");
    }

    /// <summary>Printed at start when demo data is seeded, so a newcomer can sign in at once.</summary>
    public static string Banner(IEnumerable<string> addresses) =>
        new StringBuilder()
            .AppendLine()
            .AppendLine("TechMarket is running at: " + string.Join(", ", addresses))
            .AppendLine("  API reference: /scalar   OpenID configuration: /.well-known/openid-configuration")
            .AppendLine($"  Demo accounts (password {DemoCatalog.Password}):")
            .AppendJoin(Environment.NewLine, DemoCatalog.Users.Select(u => $"    {u.Role,-10} {u.Email,-36} {u.DisplayName}"))
            .AppendLine()
            .ToString();
}
