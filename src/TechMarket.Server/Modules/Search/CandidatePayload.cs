using System.Text;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

/// <summary>A matching candidate as the bytes of its <see cref="IndexedFields.Candidate"/> doc values: the document
/// without its text, field by field in a fixed order (no property names, identifiers as 16 bytes), then its distinct
/// words. Doc values are stored uncompressed and memory-mapped, so every byte here is a byte of the server's resident
/// memory once ranking has touched the candidate; as JSON the same payload was about twice the size.</summary>
public static class CandidatePayload
{
    public static byte[] Write(SearchDocument d, IEnumerable<string> terms)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write((byte)d.Kind);
            w.Write(d.Id.ToByteArray());
            w.Write(d.OrganisationId.ToByteArray());
            w.Write(d.OrganisationName);
            WriteOptional(w, d.OrganisationKind, k => w.Write((byte)k));
            w.Write(d.Title);
            WriteList(w, d.Fields, w.Write);
            w.Write(d.District);
            WriteOptional(w, d.Trl, w.Write);
            WriteOptional(w, d.PriceMin, w.Write);
            WriteOptional(w, d.Price, w.Write);
            w.Write(d.UseFirstPayLater);
            WriteOptional(w, d.Due, due => w.Write(due.DayNumber));
            w.Write(d.At.Ticks);
            w.Write((short)d.At.Offset.TotalMinutes);
            WriteOptional(w, d.TransferModes, modes => WriteList(w, modes, m => w.Write((byte)m)));
            WriteList(w, terms.ToList(), w.Write);
        }

        return buffer.ToArray();
    }

    /// <summary>The document (its text empty) and its words, from <paramref name="length"/> bytes at
    /// <paramref name="offset"/>.</summary>
    public static (SearchDocument Document, IReadOnlyList<string> Terms) Read(byte[] bytes, int offset, int length)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        var document = new SearchDocument(
            Kind: (SearchKind)r.ReadByte(),
            Id: new Guid(r.ReadBytes(16)),
            OrganisationId: new Guid(r.ReadBytes(16)),
            OrganisationName: r.ReadString(),
            OrganisationKind: ReadOptional(r, () => (OrganisationKind)r.ReadByte()),
            Title: r.ReadString(),
            Text: string.Empty,
            Fields: ReadList(r, r.ReadString),
            District: r.ReadString(),
            Trl: ReadOptional(r, r.ReadInt32),
            PriceMin: ReadOptional(r, r.ReadDecimal),
            Price: ReadOptional(r, r.ReadDecimal),
            UseFirstPayLater: r.ReadBoolean(),
            Due: ReadOptional(r, () => DateOnly.FromDayNumber(r.ReadInt32())),
            At: new DateTimeOffset(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16())),
            TransferModes: r.ReadBoolean() ? ReadList(r, () => (TransferMode)r.ReadByte()) : null);
        return (document, ReadList(r, r.ReadString));
    }

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<T> write) where T : struct
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            write(v);
        }
    }

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<T> write) where T : class
    {
        w.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<T> write)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static T? ReadOptional<T>(BinaryReader r, Func<T> read) where T : struct => r.ReadBoolean() ? read() : null;

    private static T[] ReadList<T>(BinaryReader r, Func<T> read)
    {
        var items = new T[r.Read7BitEncodedInt()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
