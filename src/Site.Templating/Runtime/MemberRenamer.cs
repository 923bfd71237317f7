using System.Text;

namespace Site.Templating.Runtime;

/// <summary>Scriban's standard renamer: <c>MyMethodIsNice</c> becomes <c>my_method_is_nice</c>.</summary>
public static class MemberRenamer
{
    public static string Rename(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        var previousUpper = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !previousUpper && sb.Length > 0 && sb[^1] != '_')
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
                previousUpper = true;
            }
            else
            {
                sb.Append(c);
                previousUpper = false;
            }
        }
        return sb.ToString();
    }
}
