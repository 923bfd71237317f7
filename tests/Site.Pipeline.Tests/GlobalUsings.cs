global using ModelMap = System.Collections.Generic.Dictionary<string, object?>;
