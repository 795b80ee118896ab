using IncidentCore.Domain.Normalization;
using Xunit;

namespace IncidentCore.Tests.Domain;

/// <summary>
/// The in-memory store's text-key indexes compare values by their keys without making them: checked exhaustively
/// over every short string of an alphabet that holds each case the fast paths decide (letters of both cases, the
/// space, other white space, non-ASCII white space, dashes, printable punctuation, a control character).
/// </summary>
public sealed class TextKeyComparerTests
{
    private const string Alphabet = "aA \t\u00A0-\u2212!~\u001F";

    // Four characters reach every rule (an inner double space needs them); pairs are taken from the shorter ones.
    private static readonly string[] Strings = AllStrings(4);

    private static readonly string[] ShortStrings = [.. Strings.Where(s => s.Length <= 3)];

    [Fact]
    public void The_key_shape_test_agrees_with_the_character_rules_it_stands_for()
    {
        foreach (var value in Strings)
        {
            Assert.True(ReferenceShape(value) == TextKey.IsAsciiInKeyShape(value), $"\"{Escape(value)}\"");
            Assert.Equal(TextKey.IsAsciiInKeyShape(value), TextKey.IsAsciiInKeyShape(value, out var hasLowerCase));
            Assert.Equal(TextKey.IsAsciiInKeyShape(value) && value.Any(char.IsAsciiLetterLower), hasLowerCase);
        }
    }

    [Fact]
    public void Two_values_compare_equal_exactly_when_their_keys_are_equal_and_equal_values_hash_alike()
    {
        var comparer = TextKeyComparer.Instance;
        var keys = Strings.ToDictionary(s => s, TextKey.From, StringComparer.Ordinal);
        foreach (var x in Strings)
        {
            // A key and any value that has it meet in one index slot.
            Assert.True(comparer.Equals(x, keys[x]), $"\"{Escape(x)}\" and its key");
            Assert.Equal(comparer.GetHashCode(keys[x]), comparer.GetHashCode(x));
        }

        foreach (var x in ShortStrings)
        {
            foreach (var y in ShortStrings)
            {
                var equalKeys = string.Equals(keys[x], keys[y], StringComparison.Ordinal);
                Assert.True(equalKeys == comparer.Equals(x, y), $"\"{Escape(x)}\" and \"{Escape(y)}\"");
                if (equalKeys)
                {
                    Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
                }
            }
        }
    }

    /// <summary>The rule as first written, one character at a time.</summary>
    private static bool ReferenceShape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAscii(c))
            {
                return false;
            }

            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == value.Length - 1 || value[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] AllStrings(int maximumLength)
    {
        var all = new List<string> { string.Empty };
        var previous = new List<string> { string.Empty };
        for (var length = 1; length <= maximumLength; length++)
        {
            previous = [.. previous.SelectMany(prefix => Alphabet.Select(c => prefix + c))];
            all.AddRange(previous);
        }

        return [.. all];
    }

    private static string Escape(string value) => string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
