using System.Net;
using System.Text.Json;
using Npgsql;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A production server (its own database on the test cluster, a signing certificate, a fixed issuer).</summary>
public sealed class ProductionServerTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_production_server_encrypts_its_key_ring_names_its_issuer_and_sends_HSTS()
    {
        var directory = TestCluster.NewDirectory("production");
        var database = $"production_{Guid.NewGuid():N}";
        await ExecuteAsync(Host.ConnectionString, $"create database {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(Host.ConnectionString) { Database = database }.ConnectionString;
        try
        {
            await using (var server = new ProductionServer(new Dictionary<string, string?>
                         {
                             ["ConnectionStrings:Postgres"] = connectionString,
                             ["Auth:Issuer"] = ProductionServer.Issuer,
                             ["Auth:SigningCertificatePath"] = ProductionServer.WriteSigningCertificate(directory, "pw"),
                             ["Auth:SigningCertificatePassword"] = "pw",
                         }))
            {
                using var client = server.CreateHttpsClient();
                var login = await client.GetAsync("/account/login");
                login.StatusCode.ShouldBe(HttpStatusCode.OK);
                login.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
                var discovery = JsonDocument.Parse(await (await client.GetAsync("/.well-known/openid-configuration")).Content.ReadAsStringAsync());
                discovery.RootElement.GetProperty("issuer").GetString().ShouldBe(ProductionServer.Issuer);
            }

            var keys = await KeyRingAsync(connectionString);
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(xml => xml.Contains("EncryptedData") && !xml.Contains("<value>"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(Host.ConnectionString, $"drop database if exists {database} with (force)");
            await TestCluster.DeleteAsync(directory);
        }
    }

    private static async Task<List<string>> KeyRingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""select "Xml" from identity."DataProtectionKeys" """, connection);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
