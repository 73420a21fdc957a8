using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>Copies a sample case (and the sample photos and attachments its relative paths point at) into a test folder, optionally edited.</summary>
internal static class SampleCopies
{
    public static async Task<string> CopyAsync(string caseName, string folder, string? newName = null, Func<string, string>? edit = null)
    {
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase(caseName));
        var path = Path.Combine(folder, newName ?? caseName);
        await File.WriteAllTextAsync(path, edit is null ? json : edit(json));
        foreach (var sub in new[] { "photos", "attachments" })
        {
            var source = Path.Combine(RepoPaths.SampleCases, sub);
            if (Directory.Exists(source))
            {
                var target = Directory.CreateDirectory(Path.Combine(folder, sub)).FullName;
                foreach (var file in Directory.GetFiles(source))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                }
            }
        }

        return path;
    }

    /// <summary>Replaces the requesting provider's valid NPI with one that fails its check digit.</summary>
    public static string BreakNpi(string json)
        => json.Replace("\"npi\": \"1234567893\"", "\"npi\": \"1234567890\"", StringComparison.Ordinal);
}
