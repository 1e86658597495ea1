using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// The certificate that signs tokens. In production every node loads the same PFX, and the same certificate
/// encrypts the data-protection keys (login cookies, antiforgery tokens) stored in PostgreSQL, so a copy of the
/// database alone cannot forge a sign-in. Only on a developer's machine or in tests may OpenIddict's development
/// certificate stand in: outside those the server refuses to start without one.
/// </summary>
public static class SigningKeys
{
    public static X509Certificate2? Load(AuthOptions auth, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningCertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(auth.SigningCertificatePath, auth.SigningCertificatePassword);
        }

        return environment.IsLocal()
            ? null
            : throw new InvalidOperationException(
                $"Auth:SigningCertificatePath is not set. Outside Development the server needs the PFX that signs tokens " +
                $"(the same file on every node); the development certificate is not used in the {environment.EnvironmentName} environment.");
    }

    public static void AddTo(OpenIddictServerBuilder server, X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        server.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
    }

    public static void AddDataProtection(IServiceCollection services, X509Certificate2? certificate)
    {
        var protection = services.AddDataProtection().SetApplicationName("TechMarket");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new KeyRingRepository(provider.GetRequiredService<IdentityDatabase>())));
        if (certificate is not null)
        {
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
    }
}
