using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.CrudPeer;

/// <summary>
/// The conventional peer of the benchmark (docs/PERFORMANCE.md): ASP.NET Core minimal API and EF Core on the same
/// cluster, validating the server's access tokens exactly as the server does — its signing keys, read once from the
/// server's JWKS, OpenIddict validation with the same handlers (verified-token cache, revocation log).
/// Started by the bench: <c>TechMarket.CrudPeer --urls … --ConnectionStrings:Postgres … --Issuer http://server/</c>.
/// </summary>
internal static class PeerProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var connectionString = builder.Configuration.GetConnectionString("Postgres")!;
        var issuer = new Uri(builder.Configuration["Issuer"]!);
        using (var http = new HttpClient())
        {
            var keys = new JsonWebKeySet(await http.GetStringAsync(new Uri(issuer, ".well-known/jwks")));
            builder.Services.AddOpenIddict().AddValidation(validation =>
            {
                validation.SetIssuer(issuer);
                validation.SetConfiguration(new OpenIddict.Abstractions.OpenIddictConfiguration { Issuer = issuer });
                validation.Configure(options => options.TokenValidationParameters.IssuerSigningKeys = keys.GetSigningKeys());
                validation.UseAspNetCore();
                validation.AddEventHandler(ValidatedTokens.Reuse.Descriptor);
                validation.AddEventHandler(ValidatedTokens.Remember.Descriptor);
                validation.AddEventHandler(RefuseRevokedTokens.Descriptor);
            });
        }

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddTechMarketAuthorization();
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection("Auth"));
        builder.Services.AddSingleton(_ => new TokenRevocations(connectionString));
        builder.Services.AddSingleton<RevocationCache>();
        builder.Services.AddSingleton<ValidatedTokens>();
        builder.Services.AddHostedService<RevocationFeed>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IValidator<BidRequest>, BidRequestValidator>();
        builder.Services.ConfigureHttpJsonOptions(json => HttpSetup.ConfigureJson(json.SerializerOptions));
        builder.Services.AddDbContextPool<PeerDb>(db => db.UseNpgsql(connectionString));

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeerDb>();
            await db.Database.ExecuteSqlRawAsync($"drop schema if exists {PeerDb.Schema} cascade; create schema {PeerDb.Schema};");
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapSubmitBid();
        app.MapGet("/ready", () => TypedResults.Ok()).AllowAnonymous();
        Console.WriteLine("Peer ready");
        await app.RunAsync();
    }
}
