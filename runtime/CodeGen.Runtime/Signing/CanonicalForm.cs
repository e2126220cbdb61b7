namespace CodeGen.Runtime.Signing;

/// <summary>Where the vendors' canonical requests differ.</summary>
internal enum CanonicalForm
{
    /// <summary>Huawei <c>SDK-HMAC-SHA256</c>: the path always ends with "/"; the query is sorted decoded, then encoded.</summary>
    Huawei,

    /// <summary>Alibaba <c>ACS3-HMAC-SHA256</c>: an empty path is "/"; the query is encoded, then sorted.</summary>
    Alibaba,
}
