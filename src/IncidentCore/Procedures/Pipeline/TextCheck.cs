using System.Globalization;
using IncidentCore.Procedures.Messages;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// Free-text rules: not empty, bounded, no control characters (nothing can forge a log line), no invisible format
/// characters (nothing disguised by zero-width or direction marks), no unassigned or lone surrogate characters.
/// </summary>
internal static class TextCheck
{
    public static TextProblem Find(string value, int maximumLength)
    {
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return TextProblem.Empty;
        }

        if (text.Length > maximumLength)
        {
            return TextProblem.TooLong;
        }

        // Printable ASCII (the usual text) has none of the problems: one vectorised scan decides it.
        if (text.IndexOfAnyExceptInRange(' ', '~') < 0)
        {
            return TextProblem.None;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return TextProblem.ControlCharacter;
                case UnicodeCategory.Format:
                    return TextProblem.InvisibleCharacter;
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                    return TextProblem.UnassignedCharacter;
            }
        }

        return TextProblem.None;
    }
}
