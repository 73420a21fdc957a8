namespace PreAuthKit.Model;

/// <summary>A dated clinical photograph offered as evidence.</summary>
public sealed record PhotoRecord
{
    /// <summary>Path of the image file, relative to the case file's folder.</summary>
    public string Path { get; init; } = "";

    /// <summary>The date the photograph was taken.</summary>
    public DateOnly? TakenOn { get; init; }

    /// <summary>Body site shown (e.g. "left volar forearm").</summary>
    public string? BodySite { get; init; }

    /// <summary>View (e.g. "anterior", "close-up with scale").</summary>
    public string? View { get; init; }

    /// <summary>What the photograph shows.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the patient's consent to clinical photography is on file.</summary>
    public bool ConsentOnFile { get; init; }
}
