namespace PreAuthKit;

/// <summary>Whether a documentation item a reviewer expects is in the document.</summary>
public enum ChecklistStatus
{
    /// <summary>The item is in the document or enclosed with it.</summary>
    Present,

    /// <summary>The item is expected but the case does not supply it.</summary>
    Missing,

    /// <summary>The item does not apply to this kind of document.</summary>
    NotApplicable,
}
