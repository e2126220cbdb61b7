namespace CodeGen.Generator.Reading;

internal static class SpecPointer
{
    public static string Append(string parent, string token) =>
        parent + "/" + token.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string parent, int index) =>
        parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
