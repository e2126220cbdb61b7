using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.Credentials;

/// <summary>A credential needed to authenticate a request is missing or empty; raised before anything is sent.</summary>
public sealed class MissingCredentialsException : InvalidOperationException
{
    /// <summary>Creates the exception for the named settings.</summary>
    /// <param name="provider">What needs them, e.g. "Huawei Cloud AK/SK signing".</param>
    /// <param name="missing">The settings that are missing, each with the environment variable that can supply it.</param>
    public MissingCredentialsException(string provider, IReadOnlyList<string> missing)
        : base(provider + " is missing " + string.Join(", ", missing) + ".")
    {
        Missing = missing;
    }

    /// <summary>The missing settings, as named in the message.</summary>
    public IReadOnlyList<string> Missing { get; }
}
