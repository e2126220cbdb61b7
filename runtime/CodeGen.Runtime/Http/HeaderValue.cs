using System;
using System.Linq;

namespace CodeGen.Runtime.Http;

/// <summary>The checks every header name and value pass before they are sent.</summary>
internal static class HeaderValue
{
    /// <summary>Refuses CR, LF and NUL: sent without validation, they would end the header and let the value start others.</summary>
    /// <param name="value">The value; null passes.</param>
    /// <param name="parameterName">The parameter or credential the value came from, named in the exception (never the value).</param>
    /// <exception cref="ArgumentException">The value holds CR, LF or NUL.</exception>
    public static void EnsureSafe(string? value, string parameterName)
    {
        if (value is not null && value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException(
                "The value of " + parameterName + " contains a line break or NUL character, which would end its header and start another; nothing was sent.",
                parameterName);
        }
    }

    /// <summary>Refuses a header or cookie name that is not an RFC 9110 token (letters, digits and <c>!#$%&amp;'*+-.^_`|~</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameterName">The parameter the name came from, named in the exception.</param>
    /// <exception cref="ArgumentException">The name is empty or holds another character, such as a space or a colon.</exception>
    public static void EnsureToken(string name, string parameterName)
    {
        if (name.Length == 0 || !name.All(IsTokenCharacter))
        {
            throw new ArgumentException("The name '" + name.ReplaceLineEndings(" ") + "' is not a valid HTTP header or cookie name: only letters, digits and !#$%&'*+-.^_`|~ are allowed.", parameterName);
        }
    }

    private static bool IsTokenCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
