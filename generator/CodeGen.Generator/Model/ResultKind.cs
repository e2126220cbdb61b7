namespace CodeGen.Generator.Model;

/// <summary>How a client method reads a successful response.</summary>
internal enum ResultKind
{
    /// <summary>No body: the method returns nothing.</summary>
    None,

    /// <summary>A JSON body deserialized into the result type.</summary>
    Json,

    /// <summary>A text body returned as a string.</summary>
    Text,

    /// <summary>Any other body, handed over as a stream while it arrives.</summary>
    Stream,
}
