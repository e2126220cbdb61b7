namespace CodeGen.Generator.Model;

/// <summary>How a request body is sent, chosen from its media types.</summary>
internal enum BodyKind
{
    /// <summary>A model serialized as JSON.</summary>
    Json,

    /// <summary>A model sent URL-encoded (<c>application/x-www-form-urlencoded</c>).</summary>
    Form,

    /// <summary>A model sent as <c>multipart/form-data</c>, its binary properties as files.</summary>
    Multipart,

    /// <summary>A string.</summary>
    Text,

    /// <summary>A stream, sent as it is read.</summary>
    Binary,
}
