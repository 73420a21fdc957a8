using PreAuthKit.Layout.Blocks;
using PreAuthKit.Model;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Layout;

/// <summary>
/// The fax option's page-1 "Identifiers and codes" table: what fax intake keys in (the member ID or
/// Medicare number, the claim or reference number of an appeal, every ICD-10-CM and CPT/HCPCS code of
/// the case), one value per table row, the label in its own cell so the value is a clean token, set in
/// <see cref="ValueStyle"/> (chosen by measurement, docs/pdf.md "Fax"). It sits directly under the
/// letter's title, so it lands on page 1 whatever the template puts below; a long list of codes
/// continues on the next page rather than pushing the table off page 1 as a whole.
/// </summary>
internal static class FaxIndex
{
    /// <summary>The heading above the table.</summary>
    public const string Heading = "Identifiers and codes";

    /// <summary>
    /// The face and size of each value: DejaVu Sans Mono Bold 12 pt. Measured, not derived
    /// (docs/pdf.md, "Fax"): page 1 of every sample rasterised with <c>gs -sDEVICE=tiffg3 -r204x196</c>
    /// at four sub-pixel offsets and read with Debian's tesseract 5; this face read all 432 values,
    /// the best Liberation settings (Sans 12.25-12.5 pt) 430, others 422-430. Tesseract is not
    /// monotonic in size or weight: <c>FaxTests</c> re-checks every sample on every run.
    /// </summary>
    public static readonly TextStyle ValueStyle = new(Pdf.EmbeddedFontResolver.FaxMono, 12, true, false);

    /// <summary>The label, identifier or code rows for a case: label, value.</summary>
    public static IReadOnlyList<(string Label, string Value)> Entries(PreAuthCase @case, bool appeal)
    {
        var entries = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(@case.Patient.MemberId))
        {
            entries.Add((AppealRoute.IdLabelFor(@case.Payer), @case.Patient.MemberId.Trim()));
        }

        if (appeal && @case.Appeal is { } denial && !string.IsNullOrWhiteSpace(denial.ClaimNumber))
        {
            entries.Add(("Claim or reference number", denial.ClaimNumber.Trim()));
        }

        foreach (var diagnosis in @case.Diagnoses.Where(d => d is not null && !string.IsNullOrWhiteSpace(d.Code)).OrderByDescending(d => d.Primary))
        {
            entries.Add(("ICD-10-CM", Formats.Icd10(diagnosis.Code)));
        }

        foreach (var procedure in @case.Procedures.Where(p => p is not null && !string.IsNullOrWhiteSpace(p.Code)))
        {
            entries.Add(("CPT/HCPCS", Formats.ProcedureCode(procedure.Code)));
        }

        return entries.Distinct().ToList();
    }

    /// <summary>The heading and the table for the entries.</summary>
    public static IReadOnlyList<ContentBlock> Blocks(IReadOnlyList<(string Label, string Value)> entries)
    {
        var header = new TableRowContent([[new InlineRun("Item", TextStyle.Body)], [new InlineRun("Identifier or code", TextStyle.Body)]]);
        var rows = entries.Select(e => new TableRowContent([[new InlineRun(e.Label, TextStyle.Body)], [new InlineRun(e.Value, ValueStyle)]])).ToList();
        return [new HeadingContent(2, [new InlineRun(Heading, TextStyle.Body)]), new TableContent(header, rows, MaySplit: true)];
    }

    /// <summary>The blocks with the index inserted after the first level-1 heading (the title), or first when there is none.</summary>
    public static IReadOnlyList<ContentBlock> Insert(IReadOnlyList<ContentBlock> blocks, IReadOnlyList<(string Label, string Value)> entries)
    {
        if (entries.Count == 0)
        {
            return blocks;
        }

        var result = blocks.ToList();
        var title = result.FindIndex(b => b is HeadingContent { Level: 1 });
        result.InsertRange(title + 1, Blocks(entries));
        return result;
    }
}
