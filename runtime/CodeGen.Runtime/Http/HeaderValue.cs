using System;

namespace CodeGen.Runtime.Http;

/// <summary>The check every header value passes before it is sent.</summary>
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
}
