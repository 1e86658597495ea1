using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>The data-protection key ring (login cookies, antiforgery tokens) in identity."DataProtectionKeys", one
/// row per key, shared by every node. Data protection calls it synchronously, rarely: at start and when a key is
/// made or the ring is reloaded.</summary>
public sealed class KeyRingRepository(IdentityDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = database.DataSource.CreateCommand("""select "Xml" from identity."DataProtectionKeys" where "Xml" is not null""");
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            keys.Add(XElement.Parse(reader.GetString(0)));
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = database.DataSource.CreateCommand("""insert into identity."DataProtectionKeys" ("FriendlyName", "Xml") values ($1, $2)""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
