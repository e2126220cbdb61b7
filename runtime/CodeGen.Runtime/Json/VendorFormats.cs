using System;
using System.Globalization;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Reads the odd time formats vendors put in strings (<c>x-codegen-format</c>); the raw string stays the
/// property's value, and a value that does not parse reads as null instead of failing the response.
/// </summary>
public static class VendorFormats
{
    /// <summary>Reads milliseconds since the Unix epoch written as decimal text (<c>unix-ms</c>).</summary>
    /// <param name="value">The raw text, e.g. <c>"1523342130000"</c>.</param>
    public static DateTimeOffset? ParseUnixMilliseconds(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) &&
        milliseconds >= -62_135_596_800_000 && milliseconds <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    /// <summary>Reads a wall-clock time <c>yyyy-MM-dd HH:mm:ss</c> with no zone (<c>local-datetime</c>).</summary>
    /// <param name="value">The raw text, e.g. <c>"2022-12-31 09:00:00"</c>.</param>
    public static DateTime? ParseLocalDateTime(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
            : null;

    /// <summary>Places a <c>local-datetime</c> value in a time zone given by name (IANA or Windows id).</summary>
    /// <param name="value">The raw wall-clock text.</param>
    /// <param name="timeZone">The zone's id, e.g. <c>"Asia/Shanghai"</c>.</param>
    /// <returns>The moment, or null when the text or the zone is unknown.</returns>
    public static DateTimeOffset? ToDateTimeOffset(string? value, string? timeZone)
    {
        if (ParseLocalDateTime(value) is not { } local || string.IsNullOrWhiteSpace(timeZone))
        {
            return null;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }
}
