using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TechMarket.Server.Modules.Search;

/// <summary>How a <see cref="SearchDocument"/> is laid out in Lucene: analysed title and text (SmartCn), exact
/// fields for filters, doc values for facets and sorting, and the document itself stored as JSON to read back.</summary>
public static class IndexedFields
{
    public const string Key = "key";

    /// <summary>The key again as doc values: the last word of every sort, so equal scores come in one order on every
    /// node and after every rebuild (Lucene's own tie-break is the document's place in the index, which a rebuild changes).</summary>
    public const string KeyOrder = "keyOrder";
    public const string Kind = "kind";
    public const string Organisation = "org";
    public const string OrganisationKind = "orgKind";
    public const string Title = "title";
    public const string Text = "text";
    public const string FieldCode = "field";
    public const string TopField = "fieldTop";
    public const string District = "district";
    public const string Trl = "trl";
    public const string PriceBand = "priceBand";
    public const string Trial = "trial";
    public const string TransferMode = "mode";
    public const string At = "at";
    public const string Stored = "doc";

    /// <summary>What matching reads of a candidate — the document without its text, and its distinct words as the analyser
    /// segments them at indexing (the scoring reads them as a set; segmenting each candidate again was the slow part of
    /// matching) — as binary doc values in the compact form of <see cref="CandidatePayload"/>,
    /// read straight from its place in the segment, where a stored document is decompressed from a block of its
    /// neighbours first. Loading 200 candidates from stored fields was the largest step of ranking over 100,000 documents
    /// (docs/PERFORMANCE.md). A payload beyond the doc values' limit is left out, and that candidate read from stored
    /// fields and segmented again. The words are not stored a second time: the index's size is the memory it maps.</summary>
    public const string Candidate = "candidate";

    private const int MaxCandidateBytes = 32_000;

    public static Document ToLucene(SearchDocument d, Analyzer analyzer)
    {
        var doc = new Document
        {
            new StringField(Key, d.Key, Field.Store.NO),
            new SortedDocValuesField(KeyOrder, new BytesRef(d.Key)),
            new StringField(Kind, d.Kind.ToString(), Field.Store.NO),
            new SortedSetDocValuesField(Kind, new BytesRef(d.Kind.ToString())),
            new StringField(Organisation, d.OrganisationId.ToString("N"), Field.Store.NO),
            new TextField(Title, d.Title, Field.Store.NO),
            new TextField(Text, $"{d.Text}\n{d.OrganisationName}", Field.Store.NO),
            new StringField(District, d.District, Field.Store.NO),
            new SortedSetDocValuesField(District, new BytesRef(d.District)),
            new StringField(Trial, d.UseFirstPayLater ? "1" : "0", Field.Store.NO),
            new SortedSetDocValuesField(Trial, new BytesRef(d.UseFirstPayLater ? "1" : "0")),
            new NumericDocValuesField(At, d.At.UtcTicks),
            new StoredField(Stored, JsonSerializer.Serialize(d, Json)),
        };
        var candidate = CandidatePayload.Write(d, TextTerms.Of(analyzer, WordsOf(d)).Distinct(StringComparer.Ordinal));
        if (candidate.Length <= MaxCandidateBytes)
        {
            doc.Add(new BinaryDocValuesField(Candidate, new BytesRef(candidate)));
        }

        foreach (var field in d.Fields)
        {
            doc.Add(new StringField(FieldCode, field, Field.Store.NO));
        }

        foreach (var top in d.Fields.Select(f => f[..Math.Min(2, f.Length)]).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(TopField, top, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(TopField, new BytesRef(top)));
        }

        foreach (var mode in (d.TransferModes ?? []).Distinct())
        {
            doc.Add(new StringField(TransferMode, mode.ToString(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(TransferMode, new BytesRef(mode.ToString())));
        }

        if (d.OrganisationKind is { } kind)
        {
            doc.Add(new StringField(OrganisationKind, kind.ToString(), Field.Store.NO));
        }

        if (d.Trl is { } trl)
        {
            doc.Add(new Int32Field(Trl, trl, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Trl, new BytesRef(trl.ToString(CultureInfo.InvariantCulture))));
        }

        if (PriceBands.Of(d.Kind, d.Price) is { } band)
        {
            doc.Add(new StringField(PriceBand, band.ToString(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PriceBand, new BytesRef(band.ToString())));
        }

        return doc;
    }

    /// <summary>What of a document its words are read from: its title and text.</summary>
    public static string WordsOf(SearchDocument d) => $"{d.Title}\n{d.Text}";

    /// <summary>A candidate for matching: its document without the text, and its words (see <see cref="Candidate"/>).</summary>
    public static (SearchDocument Document, IReadOnlyList<string> Terms) CandidateOf(IndexSearcher searcher, int doc, Analyzer analyzer)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var payload = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(Candidate)?.Get(doc - leaf.DocBase, payload);
        if (payload.Length == 0)
        {
            var stored = FromLucene(searcher.Doc(doc));
            return (stored with { Text = string.Empty }, TextTerms.Of(analyzer, WordsOf(stored)).Distinct(StringComparer.Ordinal).ToList());
        }

        return CandidatePayload.Read(payload.Bytes, payload.Offset, payload.Length);
    }

    public static SearchDocument FromLucene(Document doc) =>
        JsonSerializer.Deserialize<SearchDocument>(doc.Get(Stored), Json)!;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
