using FluentValidation;
using Scalar.AspNetCore;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Demo;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Rounds;
using TechMarket.Server.Modules.Search;
using TechMarket.Server.Modules.Settlement;
using TechMarket.Server.Modules.Statistics;
using TechMarket.Server.Modules.WebApp;

var builder = WebApplication.CreateBuilder(args);
await using var embeddedPostgres = await DatabaseBootstrap.StartEmbeddedIfUnconfiguredAsync(builder);
var connectionString = builder.Configuration.ConnectionString();

builder.Services.AddTechMarketClock(builder.Configuration, builder.Environment);
builder.Services.AddTechMarketHttp();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddAntiforgery();
builder.Services.AddTechMarketMarten(connectionString);
builder.Services.AddTechMarketAuth(builder.Configuration, builder.Environment, connectionString);
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.AddTechMarketHealth(connectionString);
builder.Services.AddOpenApi();
builder.Services.AddTechMarketRealtime(builder.Configuration);

builder.Services
    .AddReferenceData(builder.Configuration)
    .AddOrganisations()
    .AddRounds()
    .AddNeeds()
    .AddChallenges(builder.Configuration)
    .AddBids()
    .AddContracts()
    .AddProfiles()
    .AddSearch(builder.Configuration)
    .AddMatching(builder.Configuration)
    .AddNotifications()
    .AddSettlement()
    .AddAchievements()
    .AddStatistics()
    .AddLists()
    .AddDemoData(builder.Configuration, builder.Environment);
// First of all hosted services: the identity schema must exist before data protection loads its key ring.
builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StartupTasks>());

var app = builder.Build();

app.UseForwardedHeaders();
app.UseTransportSecurity();
app.UseTechMarketHttp();
app.UseWebApp();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseRequestChecks();
app.UseAntiforgery();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapTechMarketHealth();
app.MapLoginPage();
app.MapConnectEndpoints();
app.MapReferenceData();
app.MapOrganisations();
app.MapNeeds();
app.MapChallenges();
app.MapBids();
app.MapProfiles();
app.MapSearch();
app.MapMatching();
app.MapNotifications();
app.MapTechMarketRealtime();
app.MapContracts();
app.MapSettlement();
app.MapAchievements();
app.MapStatistics();
app.MapRounds();
app.MapLists();
app.MapWebApp();

if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(DemoModule.Banner(app.Urls)));
}

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
