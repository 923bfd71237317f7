namespace Site.Content.Model;

/// <summary>How a page's words relate to its source page (default language).</summary>
public enum TranslationState
{
    /// <summary>A page of the default language.</summary>
    Source,

    /// <summary>Translated; no `sourceHash:` given, so freshness is unknown.</summary>
    Translated,

    /// <summary>Translated from the source's current words (`sourceHash:` matches).</summary>
    UpToDate,

    /// <summary>`sourceHash:` differs from the source's current hash: the source changed since.</summary>
    Outdated,

    /// <summary>No translation: served with the source language's words and a notice.</summary>
    Fallback,
}
