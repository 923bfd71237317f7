namespace Site.Templating;
internal static class AssemblyMarker { }
