using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>The server in the Production environment with the given settings (no demo data, no development
/// certificate, HTTPS required by the OpenID Connect endpoints).</summary>
public sealed class ProductionServer(IReadOnlyDictionary<string, string?> settings) : ServerFactory
{
    public const string Issuer = "https://techmarket.example/";

    /// <summary>A connection string nothing listens on: a server that gets past its start-up checks fails on it.</summary>
    public const string Nowhere = "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=2";

    private readonly string _search = TestCluster.NewDirectory("search");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestCluster.Delete(_search);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Search:IndexDirectory", Path.Combine(_search, "index"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateHttpsClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Issuer), AllowAutoRedirect = false });

    /// <summary>A self-signed PFX fit to sign tokens and encrypt keys, written to a file the caller deletes.</summary>
    public static string WriteSigningCertificate(string directory, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=TechMarket test signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(directory, "signing.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
