using System.Text;
using System.Text.RegularExpressions;

namespace IncidentCore.Verification.Tests.Differential;

/// <summary>
/// The normalisation of unique values written from its description, with regular expressions, independently of
/// <c>UniqueKeys</c>: NFKC, invariant upper case, NFKC again (upper case can form a composable pair, such as I and a
/// combining dot above), white space runs to one space and trimmed, dashes (category Pd and U+2212) to <c>-</c>; phones to <c>+digits</c> without a <c>(0)</c> trunk that follows a 1 to 3 digit country code.
/// </summary>
internal static partial class ReferenceUniqueKeys
{
    public static string Text(string value)
    {
        var upper = value.Normalize(NormalizationForm.FormKC).ToUpperInvariant().Normalize(NormalizationForm.FormKC);
        var spaced = WhiteSpaceRuns().Replace(upper, " ").Trim(' ');
        return Dashes().Replace(spaced, "-");
    }

    public static string Phone(string typed)
    {
        var withoutTrunk = BracketedTrunk().Replace(typed.Trim(), "$1");
        return "+" + string.Concat(withoutTrunk.Where(char.IsAsciiDigit));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRuns();

    [GeneratedRegex(@"[\p{Pd}\u2212]|\uD803\uDEAD")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^(\(?\+\d{1,3}[ .)\-]*)\(0\)")]
    private static partial Regex BracketedTrunk();
}
