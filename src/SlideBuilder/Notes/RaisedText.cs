namespace SlideBuilder.Notes;

/// <summary>
/// Superscript and subscript as Unicode characters (¹, ₂), which every viewer and our PDFs draw alike:
/// footnote numbers, and &lt;sup&gt;/&lt;sub&gt; text when each of its characters has a raised or lowered form.
/// </summary>
internal static class RaisedText
{
    // Digits only: the raised signs (⁺ ⁽) are missing from common faces such as Liberation Sans.
    private const string Plain = "0123456789";
    private const string Super = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Sub = "₀₁₂₃₄₅₆₇₈₉";

    public static string Superscript(int number) => Shift(number.ToString(System.Globalization.CultureInfo.InvariantCulture), "sup");

    /// <summary>The text raised ("sup") or lowered ("sub"); unchanged when any character has no such form ("<sup>th</sup>").</summary>
    public static string Shift(string text, string how)
    {
        var target = how == "sup" ? Super : Sub;
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var at = Plain.IndexOf(text[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return text;
            }

            chars[i] = target[at];
        }

        return new string(chars);
    }
}
