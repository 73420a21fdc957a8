using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>Copies a sample case (and the sample photos its relative paths point at) into a test folder, optionally edited.</summary>
internal static class SampleCopies
{
    public static async Task<string> CopyAsync(string caseName, string folder, string? newName = null, Func<string, string>? edit = null)
    {
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase(caseName));
        var path = Path.Combine(folder, newName ?? caseName);
        await File.WriteAllTextAsync(path, edit is null ? json : edit(json));
        var photos = Path.Combine(RepoPaths.SampleCases, "photos");
        if (Directory.Exists(photos))
        {
            var target = Directory.CreateDirectory(Path.Combine(folder, "photos")).FullName;
            foreach (var file in Directory.GetFiles(photos))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }

        return path;
    }

    /// <summary>Replaces the requesting provider's valid NPI with one that fails its check digit.</summary>
    public static string BreakNpi(string json)
        => json.Replace("\"npi\": \"1234567893\"", "\"npi\": \"1234567890\"", StringComparison.Ordinal);
}
