using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Site.Search.Analysis;

/// <summary>
/// Port of <c>lunr.stemmer</c> (Martin Porter's JavaScript stemmer as shipped in lunr 2.3.9), rule for rule with
/// the same regular expressions. JS <c>$</c> is written <c>\z</c> and JS <c>.</c> as <c>[^\n\r\u2028\u2029]</c>
/// so the .NET engine matches exactly the same inputs.
/// </summary>
public sealed partial class PorterStemmer : IPipelineFunction
{
    private const string Dot = @"[^\n\r\u2028\u2029]";
    private const string Cons = "[^aeiou][^aeiouy]*";
    private const string Vows = "[aeiouy][aeiou]*";
    private const string Vowel = "[aeiouy]";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, string> Step2Map = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate",
        ["tional"] = "tion",
        ["enci"] = "ence",
        ["anci"] = "ance",
        ["izer"] = "ize",
        ["bli"] = "ble",
        ["alli"] = "al",
        ["entli"] = "ent",
        ["eli"] = "e",
        ["ousli"] = "ous",
        ["ization"] = "ize",
        ["ation"] = "ate",
        ["ator"] = "ate",
        ["alism"] = "al",
        ["iveness"] = "ive",
        ["fulness"] = "ful",
        ["ousness"] = "ous",
        ["aliti"] = "al",
        ["iviti"] = "ive",
        ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Map = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic",
        ["ative"] = "",
        ["alize"] = "al",
        ["iciti"] = "ic",
        ["ical"] = "ic",
        ["ful"] = "",
        ["ness"] = "",
    };

    /// <summary>Shared stateless instance.</summary>
    public static PorterStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Label => "stemmer";

    /// <inheritdoc />
    public string? Process(string token) => Stem(token);

    /// <summary>Stems one lower-cased word exactly as lunr.js 2.3.9 does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string w = word;
        if (w.Length < 3)
        {
            return w;
        }

        bool initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match m = Step1a().Match(w);
        if (m.Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }
        else if ((m = Step1a2().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b
        if ((m = Step1b().Match(w)).Success)
        {
            if (Mgr0().IsMatch(m.Groups[1].Value))
            {
                w = LastChar().Replace(w, "", 1);
            }
        }
        else if ((m = Step1b2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (VowelInStem().IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz().IsMatch(w))
                {
                    w += "e";
                }
                else if (Step1bDouble().IsMatch(w))
                {
                    w = LastChar().Replace(w, "", 1);
                }
                else if (ShortSyllable().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if ((m = Step1c().Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2
        if ((m = Step2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr0().IsMatch(stem))
            {
                w = stem + Step2Map[m.Groups[2].Value];
            }
        }

        // Step 3
        if ((m = Step3().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr0().IsMatch(stem))
            {
                w = stem + Step3Map[m.Groups[2].Value];
            }
        }

        // Step 4: the (s|t)ion rule is only tried when the main suffix list did not match at all.
        if ((m = Step4().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr1().IsMatch(stem))
            {
                w = stem;
            }
        }
        else if ((m = Step4Ion().Match(w)).Success)
        {
            string stem = m.Groups[1].Value + m.Groups[2].Value;
            if (Mgr1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((m = Step5().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr1().IsMatch(stem) || (Meq1().IsMatch(stem) && !ShortSyllable().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (DoubleL().IsMatch(w) && Mgr1().IsMatch(w))
        {
            w = LastChar().Replace(w, "", 1);
        }

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    [GeneratedRegex("^(" + Cons + ")?" + Vows + Cons, Options)]
    private static partial Regex Mgr0();

    [GeneratedRegex("^(" + Cons + ")?" + Vows + Cons + "(" + Vows + @")?\z", Options)]
    private static partial Regex Meq1();

    [GeneratedRegex("^(" + Cons + ")?" + Vows + Cons + Vows + Cons, Options)]
    private static partial Regex Mgr1();

    [GeneratedRegex("^(" + Cons + ")?" + Vowel, Options)]
    private static partial Regex VowelInStem();

    [GeneratedRegex("^(" + Dot + @"+?)(ss|i)es\z", Options)]
    private static partial Regex Step1a();

    [GeneratedRegex("^(" + Dot + @"+?)([^s])s\z", Options)]
    private static partial Regex Step1a2();

    [GeneratedRegex("^(" + Dot + @"+?)eed\z", Options)]
    private static partial Regex Step1b();

    [GeneratedRegex("^(" + Dot + @"+?)(ed|ing)\z", Options)]
    private static partial Regex Step1b2();

    [GeneratedRegex(Dot + @"\z", Options)]
    private static partial Regex LastChar();

    [GeneratedRegex(@"(at|bl|iz)\z", Options)]
    private static partial Regex Step1bAtBlIz();

    [GeneratedRegex(@"([^aeiouylsz])\1\z", Options)]
    private static partial Regex Step1bDouble();

    [GeneratedRegex("^" + Cons + Vowel + @"[^aeiouwxy]\z", Options)]
    private static partial Regex ShortSyllable();

    [GeneratedRegex("^(" + Dot + @"+?[^aeiou])y\z", Options)]
    private static partial Regex Step1c();

    [GeneratedRegex("^(" + Dot + @"+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z", Options)]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + Dot + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z", Options)]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + Dot + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z", Options)]
    private static partial Regex Step4();

    [GeneratedRegex("^(" + Dot + @"+?)(s|t)(ion)\z", Options)]
    private static partial Regex Step4Ion();

    [GeneratedRegex("^(" + Dot + @"+?)e\z", Options)]
    private static partial Regex Step5();

    [GeneratedRegex(@"ll\z", Options)]
    private static partial Regex DoubleL();
}
