using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>An IAM token and when it stops being valid (IAM tokens last 24 hours).</summary>
/// <param name="Value">The token (the <c>X-Subject-Token</c> IAM returned).</param>
/// <param name="ExpiresAt">When the token expires; <see cref="DateTimeOffset.MaxValue"/> for a token that never needs refreshing.</param>
public readonly record struct HuaweiCloudToken(string Value, DateTimeOffset ExpiresAt)
{
    /// <inheritdoc/>
    public override string ToString() => "HuaweiCloudToken { Value = " + Redaction.Presence(Value) + ", ExpiresAt = " + ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + " }";
}

/// <summary>Supplies IAM tokens, e.g. by calling the IAM token API.</summary>
public interface IHuaweiCloudTokenProvider
{
    /// <summary>Gets a fresh token.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken);
}
