namespace PreAuthKit.Layout;

/// <summary>
/// The standard structure type (ISO 32000-1, 14.8.4) a laid-out item belongs to; the PDF writer
/// turns it into the tagged structure tree (PDF/UA-1). Items without a role are artifacts
/// (page furniture, rules, borders, checkbox squares).
/// </summary>
internal enum StructureRole
{
    /// <summary>A section of the document.</summary>
    Sect,

    /// <summary>Level 1 heading.</summary>
    H1,

    /// <summary>Level 2 heading.</summary>
    H2,

    /// <summary>Level 3 heading.</summary>
    H3,

    /// <summary>A paragraph.</summary>
    P,

    /// <summary>A list.</summary>
    L,

    /// <summary>A list item.</summary>
    LI,

    /// <summary>A list item's label (bullet, number, checkbox state).</summary>
    Lbl,

    /// <summary>A list item's body.</summary>
    LBody,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A table row.</summary>
    TR,

    /// <summary>A header cell (scope: column).</summary>
    TH,

    /// <summary>A data cell.</summary>
    TD,

    /// <summary>A picture; carries alternative text.</summary>
    Figure,

    /// <summary>A picture's caption.</summary>
    Caption,

    /// <summary>A block quotation.</summary>
    BlockQuote,
}
