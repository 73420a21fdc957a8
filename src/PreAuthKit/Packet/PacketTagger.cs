using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace PreAuthKit.Packet;

/// <summary>
/// Tags a packet part with PDFsharp's <see cref="StructureBuilder"/> (as letters are tagged,
/// <c>Pdf/StructureTagger</c>): one <c>Sect</c> per packet section (cover sheet, letter, index, each
/// enclosure), headings, paragraphs and tables for the pages the packet draws itself, a <c>Div</c>
/// around each imported PDF page (its text is the content of the form XObject drawn inside it),
/// a <c>Figure</c> with alternative text for each image page, and the margin stamp as a pagination
/// artifact. What PDFsharp's form import cannot carry (the imported page's own structure tree) is
/// listed in docs/packet.md, "Tagging".
/// </summary>
internal sealed class PacketTagger(StructureBuilder builder)
{
    private object? _section;

    /// <summary>Opens the section <paramref name="key"/> unless it is the open one (closing that first).</summary>
    public void Section(object key)
    {
        if (Equals(_section, key))
        {
            return;
        }

        if (_section is not null)
        {
            builder.End();
        }

        builder.BeginElement(PdfGroupingElementTag.Section);
        _section = key;
    }

    public void Artifact(Action draw)
    {
        builder.BeginArtifact();
        draw();
        builder.End();
    }

    public void Block(PdfBlockLevelElementTag tag, Action draw)
    {
        builder.BeginElement(tag);
        draw();
        builder.End();
    }

    /// <summary>A header cell of a column (<c>/Scope /Column</c>).</summary>
    public void HeaderCell(Action draw)
    {
        builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
        var attributes = new PdfDictionary();
        attributes.Elements.SetName("/O", "/Table");
        attributes.Elements.SetName("/Scope", "/Column");
        builder.CurrentStructureElement.Elements["/A"] = attributes;
        draw();
        builder.End();
    }

    /// <summary>Opens an element that holds others (a table, a row); close it with <see cref="End"/>.</summary>
    public void Begin(PdfBlockLevelElementTag tag) => builder.BeginElement(tag);

    public void End() => builder.End();

    /// <summary>An imported page: its drawn form in one <c>Div</c>.</summary>
    public void Imported(Action draw)
    {
        builder.BeginBlockLevelElement("Div");
        draw();
        builder.End();
    }

    public void Figure(string alternativeText, XRect bounds, Action draw)
    {
        builder.BeginElement(PdfIllustrationElementTag.Figure, alternativeText, bounds);
        draw();
        builder.End();
    }

    /// <summary>Ends the page's open marked content (before its graphics are disposed); elements stay open.</summary>
    public void EndPage() => builder.EndMarkedContentsWithId();

    /// <summary>Closes the open section (after the last page).</summary>
    public void EndDocument()
    {
        if (_section is not null)
        {
            builder.End();
            _section = null;
        }
    }
}
