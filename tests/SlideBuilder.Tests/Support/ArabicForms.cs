using System.Text;

namespace SlideBuilder.Tests.Support;

/// <summary>
/// Arabic presentation forms (U+FE70-U+FEFC, the joined shapes a PDF's fonts map glyphs to) as the letters
/// they are, from Unicode's compatibility decompositions: the tests run without ICU, so NFKC cannot do it.
/// </summary>
public static class ArabicForms
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['\uFE70'] = "\u0020\u064B", ['\uFE71'] = "\u0640\u064B", ['\uFE72'] = "\u0020\u064C", ['\uFE74'] = "\u0020\u064D",
        ['\uFE76'] = "\u0020\u064E", ['\uFE77'] = "\u0640\u064E", ['\uFE78'] = "\u0020\u064F", ['\uFE79'] = "\u0640\u064F",
        ['\uFE7A'] = "\u0020\u0650", ['\uFE7B'] = "\u0640\u0650", ['\uFE7C'] = "\u0020\u0651", ['\uFE7D'] = "\u0640\u0651",
        ['\uFE7E'] = "\u0020\u0652", ['\uFE7F'] = "\u0640\u0652", ['\uFE80'] = "\u0621", ['\uFE81'] = "\u0622",
        ['\uFE82'] = "\u0622", ['\uFE83'] = "\u0623", ['\uFE84'] = "\u0623", ['\uFE85'] = "\u0624",
        ['\uFE86'] = "\u0624", ['\uFE87'] = "\u0625", ['\uFE88'] = "\u0625", ['\uFE89'] = "\u0626",
        ['\uFE8A'] = "\u0626", ['\uFE8B'] = "\u0626", ['\uFE8C'] = "\u0626", ['\uFE8D'] = "\u0627",
        ['\uFE8E'] = "\u0627", ['\uFE8F'] = "\u0628", ['\uFE90'] = "\u0628", ['\uFE91'] = "\u0628",
        ['\uFE92'] = "\u0628", ['\uFE93'] = "\u0629", ['\uFE94'] = "\u0629", ['\uFE95'] = "\u062A",
        ['\uFE96'] = "\u062A", ['\uFE97'] = "\u062A", ['\uFE98'] = "\u062A", ['\uFE99'] = "\u062B",
        ['\uFE9A'] = "\u062B", ['\uFE9B'] = "\u062B", ['\uFE9C'] = "\u062B", ['\uFE9D'] = "\u062C",
        ['\uFE9E'] = "\u062C", ['\uFE9F'] = "\u062C", ['\uFEA0'] = "\u062C", ['\uFEA1'] = "\u062D",
        ['\uFEA2'] = "\u062D", ['\uFEA3'] = "\u062D", ['\uFEA4'] = "\u062D", ['\uFEA5'] = "\u062E",
        ['\uFEA6'] = "\u062E", ['\uFEA7'] = "\u062E", ['\uFEA8'] = "\u062E", ['\uFEA9'] = "\u062F",
        ['\uFEAA'] = "\u062F", ['\uFEAB'] = "\u0630", ['\uFEAC'] = "\u0630", ['\uFEAD'] = "\u0631",
        ['\uFEAE'] = "\u0631", ['\uFEAF'] = "\u0632", ['\uFEB0'] = "\u0632", ['\uFEB1'] = "\u0633",
        ['\uFEB2'] = "\u0633", ['\uFEB3'] = "\u0633", ['\uFEB4'] = "\u0633", ['\uFEB5'] = "\u0634",
        ['\uFEB6'] = "\u0634", ['\uFEB7'] = "\u0634", ['\uFEB8'] = "\u0634", ['\uFEB9'] = "\u0635",
        ['\uFEBA'] = "\u0635", ['\uFEBB'] = "\u0635", ['\uFEBC'] = "\u0635", ['\uFEBD'] = "\u0636",
        ['\uFEBE'] = "\u0636", ['\uFEBF'] = "\u0636", ['\uFEC0'] = "\u0636", ['\uFEC1'] = "\u0637",
        ['\uFEC2'] = "\u0637", ['\uFEC3'] = "\u0637", ['\uFEC4'] = "\u0637", ['\uFEC5'] = "\u0638",
        ['\uFEC6'] = "\u0638", ['\uFEC7'] = "\u0638", ['\uFEC8'] = "\u0638", ['\uFEC9'] = "\u0639",
        ['\uFECA'] = "\u0639", ['\uFECB'] = "\u0639", ['\uFECC'] = "\u0639", ['\uFECD'] = "\u063A",
        ['\uFECE'] = "\u063A", ['\uFECF'] = "\u063A", ['\uFED0'] = "\u063A", ['\uFED1'] = "\u0641",
        ['\uFED2'] = "\u0641", ['\uFED3'] = "\u0641", ['\uFED4'] = "\u0641", ['\uFED5'] = "\u0642",
        ['\uFED6'] = "\u0642", ['\uFED7'] = "\u0642", ['\uFED8'] = "\u0642", ['\uFED9'] = "\u0643",
        ['\uFEDA'] = "\u0643", ['\uFEDB'] = "\u0643", ['\uFEDC'] = "\u0643", ['\uFEDD'] = "\u0644",
        ['\uFEDE'] = "\u0644", ['\uFEDF'] = "\u0644", ['\uFEE0'] = "\u0644", ['\uFEE1'] = "\u0645",
        ['\uFEE2'] = "\u0645", ['\uFEE3'] = "\u0645", ['\uFEE4'] = "\u0645", ['\uFEE5'] = "\u0646",
        ['\uFEE6'] = "\u0646", ['\uFEE7'] = "\u0646", ['\uFEE8'] = "\u0646", ['\uFEE9'] = "\u0647",
        ['\uFEEA'] = "\u0647", ['\uFEEB'] = "\u0647", ['\uFEEC'] = "\u0647", ['\uFEED'] = "\u0648",
        ['\uFEEE'] = "\u0648", ['\uFEEF'] = "\u0649", ['\uFEF0'] = "\u0649", ['\uFEF1'] = "\u064A",
        ['\uFEF2'] = "\u064A", ['\uFEF3'] = "\u064A", ['\uFEF4'] = "\u064A", ['\uFEF5'] = "\u0644\u0622",
        ['\uFEF6'] = "\u0644\u0622", ['\uFEF7'] = "\u0644\u0623", ['\uFEF8'] = "\u0644\u0623", ['\uFEF9'] = "\u0644\u0625",
        ['\uFEFA'] = "\u0644\u0625", ['\uFEFB'] = "\u0644\u0627", ['\uFEFC'] = "\u0644\u0627",
    };

    public static string ToLetters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Letters.TryGetValue(c, out var letters) ? letters : c.ToString());
        }

        return sb.ToString();
    }
}
