using System.Globalization;

namespace PreAuthKit.Photos;

/// <summary>The <c>photo:N</c> keys (N one-based) the photo section uses to reference images.</summary>
internal static class PhotoKeys
{
    public const string Prefix = "photo:";

    public static string ForIndex(int index) => Prefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>photo:N</c> into a zero-based index.</summary>
    public static bool TryParse(string? key, out int index)
    {
        index = -1;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal)
            || !int.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        index = number - 1;
        return true;
    }
}
