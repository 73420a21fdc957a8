namespace PreAuthKit;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Blocks rendering: the payer would reject or deny the request.</summary>
    Error,

    /// <summary>Renders, but is listed: a reviewer may question it.</summary>
    Warning,

    /// <summary>For information only.</summary>
    Info,
}
