namespace PreAuthKit.Sample.Documents;

/// <summary>What happened to one case.</summary>
internal enum OutcomeStatus
{
    /// <summary>The PDF was written.</summary>
    Rendered,

    /// <summary>Validation found blocking errors; nothing was written.</summary>
    Blocked,

    /// <summary>The case file could not be read; nothing was written.</summary>
    Unreadable,

    /// <summary>Rendering or writing failed (template error, disk error); nothing was written.</summary>
    Failed,
}
