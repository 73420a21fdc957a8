using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using PreAuthKit.Layout;

namespace PreAuthKit.Pdf;

/// <summary>
/// Turns the structure nodes the layout attached to its items into PDFsharp's tagged structure
/// (<see cref="UAManager"/> / <see cref="StructureBuilder"/>, which write the marked content, MCIDs,
/// the structure tree and the parent tree). Before an item is drawn, the elements from the last
/// item's node up to the common ancestor are closed and those down to the new node opened; items
/// without a node are drawn inside an <c>/Artifact</c> section. Elements stay open across pages,
/// so a list or table that continues on the next page stays one element.
/// </summary>
internal sealed class StructureTagger(StructureBuilder builder)
{
    private readonly List<StructureNode> _open = [];
    private bool _inArtifact;

    /// <summary>Prepares the builder for drawing an item of the node (null: an artifact).</summary>
    public void Before(StructureNode? node, XRect bounds = default)
    {
        if (node is null)
        {
            if (!_inArtifact)
            {
                builder.BeginArtifact();
                _inArtifact = true;
            }

            return;
        }

        if (!_inArtifact && _open.Count > 0 && ReferenceEquals(_open[^1], node))
        {
            // The next run of the element that is open (most items): nothing to close or open.
            return;
        }

        EndArtifact();
        var path = node.Path();
        var common = 0;
        while (common < _open.Count && common < path.Count && ReferenceEquals(_open[common], path[common]))
        {
            common++;
        }

        while (_open.Count > common)
        {
            builder.End();
            _open.RemoveAt(_open.Count - 1);
        }

        for (var i = common; i < path.Count; i++)
        {
            Begin(path[i], bounds);
            _open.Add(path[i]);
        }
    }

    /// <summary>Ends the page's open marked content (before its graphics are disposed); elements stay open.</summary>
    public void EndPage()
    {
        EndArtifact();
        builder.EndMarkedContentsWithId();
    }

    /// <summary>Closes every open element (after the last page).</summary>
    public void EndDocument()
    {
        EndArtifact();
        while (_open.Count > 0)
        {
            builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
    }

    private void EndArtifact()
    {
        if (_inArtifact)
        {
            builder.End();
            _inArtifact = false;
        }
    }

    private void Begin(StructureNode node, XRect bounds)
    {
        switch (node.Role)
        {
            case StructureRole.Figure:
                builder.BeginElement(PdfIllustrationElementTag.Figure, node.AlternativeText ?? "Picture", bounds);
                return;
            case StructureRole.Sect:
                builder.BeginElement(PdfGroupingElementTag.Section);
                return;
            case StructureRole.BlockQuote:
                builder.BeginElement(PdfGroupingElementTag.BlockQuotation);
                return;
            case StructureRole.Caption:
                // Block-level, not grouping: PDFsharp only marks content drawn inside block-level elements.
                builder.BeginBlockLevelElement("Caption");
                return;
        }

        builder.BeginElement(node.Role switch
        {
            StructureRole.H1 => PdfBlockLevelElementTag.Heading1,
            StructureRole.H2 => PdfBlockLevelElementTag.Heading2,
            StructureRole.H3 => PdfBlockLevelElementTag.Heading3,
            StructureRole.L => PdfBlockLevelElementTag.List,
            StructureRole.LI => PdfBlockLevelElementTag.ListItem,
            StructureRole.Lbl => PdfBlockLevelElementTag.Label,
            StructureRole.LBody => PdfBlockLevelElementTag.ListBody,
            StructureRole.Table => PdfBlockLevelElementTag.Table,
            StructureRole.TR => PdfBlockLevelElementTag.TableRow,
            StructureRole.TH => PdfBlockLevelElementTag.TableHeaderCell,
            StructureRole.TD => PdfBlockLevelElementTag.TableDataCell,
            _ => PdfBlockLevelElementTag.Paragraph,
        });
        var element = builder.CurrentStructureElement;
        if (node.Role == StructureRole.TH)
        {
            var attributes = new PdfDictionary();
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", "/Column");
            element.Elements["/A"] = attributes;
        }

        if (node.Role == StructureRole.Lbl && node.AlternativeText is { } state)
        {
            // A checkbox is drawn, not written: the label's actual text says its state.
            element.Elements.SetString("/ActualText", state);
        }
    }
}
