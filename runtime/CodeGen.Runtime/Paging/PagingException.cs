using System;

namespace CodeGen.Runtime.Paging;

/// <summary>The server answered a page walk in a way that would repeat items or never end.</summary>
public sealed class PagingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the server did.</param>
    /// <param name="offset">The offset of the page that gave the problem away.</param>
    public PagingException(string message, long offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>The offset of the page that gave the problem away.</summary>
    public long Offset { get; }
}
