using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// A temporary case folder: the burn-scar sample case with its photos, and whatever attachment
/// files a test puts beside it. Deleted on dispose.
/// </summary>
internal sealed class PacketWorkspace : IDisposable
{
    public PacketWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("pak-packet-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "photos"));
        foreach (var photo in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "photos")))
        {
            File.Copy(photo, Path.Combine(Folder, "photos", Path.GetFileName(photo)));
        }
    }

    public string Folder { get; }

    /// <summary>Writes an attachment file into the case folder; returns its relative path.</summary>
    public string Add(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return name;
    }

    /// <summary>Copies a file into the case folder; returns its relative path.</summary>
    public string Copy(string source, string? name = null)
    {
        name ??= Path.GetFileName(source);
        File.Copy(source, Path.Combine(Folder, name), overwrite: true);
        return name;
    }

    /// <summary>The burn-scar sample case with these attachments, read from this folder.</summary>
    public CaseFile Case(params Attachment[] attachments)
        => new(TestCases.BurnScarForearm().Case with { Attachments = attachments }, Folder);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
