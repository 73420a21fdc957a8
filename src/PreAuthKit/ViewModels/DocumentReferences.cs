using System.Security.Cryptography;
using System.Text.Json;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>The reference printed in every page footer: the clinic's own, or one derived from the case content.</summary>
internal static class DocumentReferences
{
    public static string For(PreAuthCase @case, string documentKind)
    {
        if (!string.IsNullOrWhiteSpace(@case.CaseReference))
        {
            return $"{documentKind} {@case.CaseReference.Trim()}";
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(@case, CaseFileReader.JsonOptions);
        var hash = SHA256.HashData(json);
        return $"{documentKind} PAK-{Convert.ToHexString(hash, 0, 5)}";
    }

}
