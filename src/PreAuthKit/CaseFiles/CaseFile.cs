using PreAuthKit.Model;

namespace PreAuthKit.CaseFiles;

/// <summary>A case together with the folder its relative paths (photos, attachments) are resolved against.</summary>
/// <param name="Case">The case.</param>
/// <param name="BaseDirectory">The folder of the case file; photo paths may not leave it.</param>
public sealed record CaseFile(PreAuthCase Case, string BaseDirectory);
