using System.Globalization;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// The score of an offer for a want, with its reasons. Pure: the only outside knowledge is how telling each word is
/// (its inverse document frequency in the index), passed in. Text relevance is the share of the want's words, weighted
/// by how telling they are, that the offer also uses; structure adds field (same sub-field, or same field), maturity
/// (TRL against the wanted level), price (against the budget ceiling), district and 先用后转.
/// </summary>
public static class MatchScoring
{
    /// <summary>A need wants an achievement ready by its delivery date: within a year it must be nearly
    /// production-ready, within two a working prototype, later a validated principle will do.</summary>
    public static int DesiredTrl(DateOnly delivery, DateOnly today) =>
        (delivery.DayNumber - today.DayNumber) switch
        {
            <= 365 => 7,
            <= 730 => 5,
            _ => 4,
        };

    /// <param name="matchable">Whether any candidate at all uses a word: a wanted word that none does (a product code,
    /// a made-up name) could never be matched and is left out of the share, instead of lowering every score alike.</param>
    public static Scored Score(Want want, Offer offer, Func<string, double> idf, MatchWeights? weights = null, Func<string, bool>? matchable = null) =>
        Score(want, new WantedWords(want.Terms, idf, matchable), offer, weights);

    /// <summary>The same score, with the want's words prepared once for all the offers of a ranking.</summary>
    public static Scored Score(Want want, WantedWords words, Offer offer, MatchWeights? weights = null)
    {
        var w = weights ?? MatchWeights.Default;
        var reasons = new List<MatchReason>();

        var (text, shared) = words.SharedWith(offer.Terms);
        if (shared.Count > 0)
        {
            reasons.Add(new MatchReason(MatchReasonKind.MatchedTerms, shared));
        }

        var field = FieldFit(want.Fields, offer.Fields, reasons);
        var trl = TrlFit(want.DesiredTrl, offer, reasons);
        var price = PriceFit(want.BudgetMax, offer, reasons);
        var district = want.District == offer.District ? 1.0 : 0.0;
        if (district > 0)
        {
            reasons.Add(new MatchReason(MatchReasonKind.SameDistrict, [want.District]));
        }

        var trial = offer.UseFirstPayLater ? 1.0 : 0.0;
        if (offer.UseFirstPayLater)
        {
            reasons.Add(new MatchReason(MatchReasonKind.UseFirstPayLater, []));
        }

        var score = (w.Text * text) + (w.Field * field) + (w.Trl * trl) + (w.Price * price) + (w.District * district) + (w.Trial * trial);
        return new Scored(Math.Round(score, 4), reasons);
    }

    /// <summary>The share of the want's distinct words the offer uses, each weighted by how telling it is; and the
    /// shared words worth showing (two characters or more), most telling first.</summary>
    public static (double Relevance, IReadOnlyList<string> Shared) TextRelevance(
        IReadOnlyList<string> wanted, IReadOnlyList<string> offered, Func<string, double> idf, Func<string, bool>? matchable = null) =>
        new WantedWords(wanted, idf, matchable).SharedWith(offered);

    private static double FieldFit(IReadOnlyList<string> wanted, IReadOnlyList<string> offered, List<MatchReason> reasons)
    {
        if (wanted.FirstOrDefault(offered.Contains) is { } same)
        {
            reasons.Add(new MatchReason(MatchReasonKind.SameSubField, [same]));
            return 1;
        }

        var tops = offered.Select(Top).ToHashSet(StringComparer.Ordinal);
        if (wanted.Select(Top).FirstOrDefault(tops.Contains) is { } top)
        {
            reasons.Add(new MatchReason(MatchReasonKind.SameField, [top]));
            return 0.5;
        }

        return 0;
    }

    private static double TrlFit(int? desired, Offer offer, List<MatchReason> reasons)
    {
        if (desired is not { } wanted || offer.Trl is not { } trl)
        {
            return 0.5; // nothing to compare: neither for nor against
        }

        var values = new[] { trl.ToString(CultureInfo.InvariantCulture), wanted.ToString(CultureInfo.InvariantCulture) };
        if (trl >= wanted)
        {
            reasons.Add(new MatchReason(MatchReasonKind.TrlMeets, values));
            return 1;
        }

        reasons.Add(new MatchReason(MatchReasonKind.TrlBelow, values));
        return (wanted - trl) switch
        {
            1 => 0.6,
            2 => 0.3,
            _ => 0,
        };
    }

    private static double PriceFit(decimal? budget, Offer offer, List<MatchReason> reasons)
    {
        if (offer.Kind == OfferKind.Profile || budget is not { } ceiling)
        {
            return 0.5;
        }

        if (offer.Price is not { } price)
        {
            reasons.Add(new MatchReason(MatchReasonKind.PriceNegotiable, []));
            return 0.6;
        }

        var values = new[] { price.ToString("0.##", CultureInfo.InvariantCulture), ceiling.ToString("0.##", CultureInfo.InvariantCulture) };
        if (price <= ceiling)
        {
            reasons.Add(new MatchReason(MatchReasonKind.PriceWithinBudget, values));
            return 1;
        }

        if (price <= ceiling * 1.5m)
        {
            reasons.Add(new MatchReason(MatchReasonKind.PriceNearBudget, values));
            return 0.5;
        }

        reasons.Add(new MatchReason(MatchReasonKind.PriceAboveBudget, values));
        return 0;
    }

    private static string Top(string field) => field[..Math.Min(2, field.Length)];
}
