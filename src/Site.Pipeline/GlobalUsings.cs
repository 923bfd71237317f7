// Template model objects are plain string-keyed dictionaries and lists (the template engine
// reads IDictionary/IList directly), so the model does not depend on the engine's types.
global using ModelMap = System.Collections.Generic.Dictionary<string, object?>;
