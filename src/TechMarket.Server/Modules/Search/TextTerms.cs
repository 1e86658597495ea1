using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TechMarket.Server.Modules.Search;

/// <summary>The one analyser of the index and of matching: SmartCn, which segments Chinese into words (高镍 / 三元 /
/// 正极 / 材料) with its hidden-Markov dictionary, and lower-cases Latin words and numbers alike.</summary>
public static class TextTerms
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer NewAnalyzer() => new SmartChineseAnalyzer(Version);

    /// <summary>The words of a text as the index sees them, in order, repeats included.</summary>
    public static List<string> Of(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexedFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
