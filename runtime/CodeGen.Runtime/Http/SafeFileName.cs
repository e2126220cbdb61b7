using System;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>Reduces a file name a server suggests to one that is safe to save under on any system.</summary>
internal static class SafeFileName
{
    private const int MaxLength = 255;

    private static readonly string[] DeviceNames =
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// The last path component (after any <c>/</c> or <c>\</c>), with control characters and characters Windows
    /// forbids replaced by <c>_</c>, trailing dots and spaces removed, a device name prefixed with <c>_</c>;
    /// null when nothing usable is left (an empty name, <c>.</c>, <c>..</c>).
    /// </summary>
    public static string? From(string? suggested)
    {
        if (suggested is null)
        {
            return null;
        }

        var name = suggested.Trim().Trim('"');
        name = name[(name.LastIndexOfAny(new[] { '/', '\\' }) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or '\u2028' or '\u2029' ? '_' : c);
        }

        // Windows drops trailing dots and spaces, which would turn "..." into the parent directory's name.
        name = builder.ToString().Trim().TrimEnd('.', ' ');
        if (name.Length == 0)
        {
            return null;
        }

        var stem = name.IndexOf('.') is var dot && dot >= 0 ? name[..dot] : name;
        if (Array.Exists(DeviceNames, device => string.Equals(device, stem.TrimEnd(' '), StringComparison.OrdinalIgnoreCase)))
        {
            name = "_" + name;
        }

        return name.Length <= MaxLength ? name : name[..MaxLength];
    }
}
