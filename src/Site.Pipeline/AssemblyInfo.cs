namespace Site.Pipeline;

internal static class AssemblyMarker { }
