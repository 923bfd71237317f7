namespace Site.Search.Tests.Analysis;

/// <summary>Deterministic inputs built around the porting traps of the lunr spec (§3.14).</summary>
internal static class HostileStrings
{
    // Characters where JS and .NET disagree, or where lunr behaves surprisingly.
    private static readonly string[] Alphabet =
    [
        "a", "B", "z", "Q", "0", "7", "_", " ", "-", ".", ",", "\"", "'", "(", ")", "*", ":", "\\", "/", "<", ">", "&",
        "İ", "I", "ı", "Σ", "σ", "ς", "Α", "ǅ", "é", "É", "ß", "ẞ", "Ω", "K", "ﬃ",
        "\u00A0", "\u0085", "\u180E", "\uFEFF", "\u2028", "\u2029", "\u3000", "\t", "\n", "\r", "\u000B", "\u200B", "\u202F", "\u2007",
        "中", "文", "容", "器", "㐀", "丽", "\u9FFF", "\uF900", "，", "。", "Ｋ", "ｋ", "！", "～", "\uFF5F",
        "\uD801\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "\uA7CE", "\uD81B\uDEA0", "\u0301", "\u00AD", "\u007F", "\u0001",
        "running", "the", "service", "Kubernetes", "__proto__", "constructor",
        // Punctuation the cjk profile separates on (ASCII, Latin-1, general, CJK, full-width and half-width forms).
        "、", "「", "」", "（", "）", "；", "：", "《", "》", "·", "’", "“", "—", "…", "￥", "ｶ", "\uFF65", "\uFFE8", "«", "¿",
        "@", "#", "+", "=", "?", "!", "[", "]", "{", "}", "|", "~", "^", "$", "%", "`", "\u3030", "\u303F", "\u2030", "\u205F",
    ];

    public static IReadOnlyList<string> Build()
    {
        var list = new List<string>
        {
            "", "İstanbul", "ΣΟΦΟΣ ΟΔΥΣΣΕΥΣ", "ΑΣ.", "Α.Σ", "ΑΣ\u0301", "aΣ1", "café naïve straße", "ǅemal",
            "kubernetes，通常缩写为k8s", "容器编排 Kubernetes集群", "ｋｕｂｅｃｔｌ ＧＥＴ", "— ... | !!", "\"quoted\" (k8s) mTLS.",
            "nel\u0085x mongolian\u180ey zero\uFEFFz", "lone \uD800 high \uDC00 low", "</script><script>alert(1)</script>",
            "line\u2028para\u2029end", "kubernetes、containerd、harbor", "github.com/prometheus/prometheus", "k8s.io/client-go",
            "C++ C# F# node.js", "「服务网格」（Service Mesh）", "kubernetes's", "ＫＵＢＥＲＮＥＴＥＳ，ＥＴＣＤ；", "tab\tcr\rlf\n", "a-b--c", "云", "云原生计算基金会", "中a文", "\uA7CE\uD81B\uDEA0",
        };

        // Seeded so failures reproduce; mixes the alphabet into strings of 0–24 pieces.
        var random = new Random(20261120);
        for (int i = 0; i < 1500; i++)
        {
            int pieces = random.Next(0, 25);
            var sb = new System.Text.StringBuilder();
            for (int p = 0; p < pieces; p++)
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            list.Add(sb.ToString());
        }

        return list;
    }

    public static IReadOnlyList<double> Numbers()
    {
        var list = new List<double>
        {
            0, -0.0, 1, -1, 0.5, 0.001, 0.0015, 12.199, 2.111, 1e-6, 1.5e-6, 1e-7, 1.23e-7, 123456789012345, 1e15, 1.5e15,
            1e20, 1e21, 1.5e21, 1e300, 5e-324, double.MaxValue, -12.5, 0.1 + 0.2, 100, 4294967295, 9007199254740993,
        };
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            // Rounded scores like the builder writes, plus arbitrary magnitudes.
            list.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-3, 4)), 3));
            list.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        }

        return list.Where(double.IsFinite).ToList();
    }
}
