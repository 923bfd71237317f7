namespace Site.Pipeline.Output;

/// <summary>The output folder is unsafe to build into; nothing was written or deleted.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
