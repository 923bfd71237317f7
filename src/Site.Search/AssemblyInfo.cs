namespace Site.Search;
internal static class AssemblyMarker { }
