using System;
using System.Security.Cryptography;

namespace CodeGen.Runtime.Signing;

/// <summary>
/// One HMAC-SHA256 signature's canonical request and string to sign. Signing hashes them from stack buffers;
/// this keeps what writes them again (security tokens already masked) for whoever asks for the text.
/// </summary>
internal sealed class SigningText
{
    private readonly CanonicalForm _form;
    private readonly string _method;
    private readonly Uri _uri;
    private readonly (string Name, string Value)[] _headers;
    private readonly string _bodySha256Hex;
    private readonly string _algorithm;
    private readonly string? _date;
    private readonly byte[] _canonicalRequestSha256;

    private SigningText(CanonicalForm form, string method, Uri uri, (string Name, string Value)[] headers, string bodySha256Hex, string algorithm, string? date, byte[] canonicalRequestSha256)
    {
        _form = form;
        _method = method;
        _uri = uri;
        _headers = headers;
        _bodySha256Hex = bodySha256Hex;
        _algorithm = algorithm;
        _date = date;
        _canonicalRequestSha256 = canonicalRequestSha256;
    }

    /// <summary>
    /// Hashes the canonical request, signs <c>ALGORITHM\n[DATE\n]HASH</c> with <paramref name="secret"/> into
    /// <paramref name="signature"/>, and keeps what shows both texts later. The sorted signed
    /// <paramref name="headers"/> are taken over: their security tokens are masked once hashed.
    /// </summary>
    public static SigningText Sign(CanonicalForm form, string method, Uri uri, (string Name, string Value)[] headers, string bodySha256Hex, string algorithm, string? date, string secret, Span<byte> signature)
    {
        var canonicalRequestSha256 = new byte[SHA256.HashSizeInBytes];
        var canonicalRequest = new CharBuffer(stackalloc char[1024]);
        try
        {
            Signing.CanonicalRequest.Write(ref canonicalRequest, form, method, uri, headers, bodySha256Hex);
            SigningHash.Sha256(canonicalRequest.Written, canonicalRequestSha256);
        }
        finally
        {
            canonicalRequest.Dispose();
        }

        Signing.CanonicalRequest.MaskSecrets(headers);
        var text = new SigningText(form, method, uri, headers, bodySha256Hex, algorithm, date, canonicalRequestSha256);
        var stringToSign = new CharBuffer(stackalloc char[128]);
        try
        {
            text.WriteStringToSign(ref stringToSign);
            SigningHash.HmacSha256(secret, stringToSign.Written, signature);
        }
        finally
        {
            stringToSign.Dispose();
        }

        return text;
    }

    /// <summary>The canonical request that was hashed, with each security token's value shown as <c>***</c>.</summary>
    public string CanonicalRequest()
    {
        var text = new CharBuffer(stackalloc char[1024]);
        try
        {
            Signing.CanonicalRequest.Write(ref text, _form, _method, _uri, _headers, _bodySha256Hex);
            return text.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    /// <summary>The string that was signed.</summary>
    public string StringToSign()
    {
        var text = new CharBuffer(stackalloc char[128]);
        try
        {
            WriteStringToSign(ref text);
            return text.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    private void WriteStringToSign(ref CharBuffer output)
    {
        output.Append(_algorithm);
        output.Append('\n');
        if (_date is not null)
        {
            output.Append(_date);
            output.Append('\n');
        }

        output.AppendLowerHex(_canonicalRequestSha256);
    }
}
